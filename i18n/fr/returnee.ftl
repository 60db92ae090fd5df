# La fiche d'information et la déclaration de retour volontaire remises à la personne (issue 14, point 7).
returnee-title = Retour volontaire : informations pour vous
returnee-for = Pour : { $names }
returnee-case = Numéro de dossier : { $number }
returnee-date = Date : { $date }

returnee-what-title = Qu'est-ce que le retour volontaire ?
returnee-what-1 = L'OIM peut vous aider à rentrer dans votre pays, si c'est ce que vous décidez.
returnee-what-2 = L'aide peut comprendre les papiers pour le voyage, le voyage lui-même et un soutien après votre arrivée. Nous vous disons clairement quelle aide existe, et ce que nous ne pouvons pas promettre.
returnee-what-3 = L'OIM n'est pas la police. C'est vous qui décidez. Personne n'a le droit de vous pousser à rentrer.
returnee-what-4 = Prenez le temps de réfléchir. Vous n'avez pas à décider aujourd'hui. Vous pouvez poser des questions à chaque rencontre.
returnee-what-5 = Vous pouvez toujours demander l'asile. Si vous avez peur de rentrer, dites-le-nous à tout moment : le retour s'arrête, et nous vous aidons à joindre le HCR, l'agence des Nations unies pour les réfugiés.

returnee-next-title = La suite
returnee-next-rescue = D'abord : repos, nourriture, eau et soins médicaux.
returnee-next-protection = Nous parlons avec vous en privé de votre sécurité, de votre santé et de toute peur de rentrer. Un interprète que vous acceptez nous aide.
returnee-next-counselling = Nous vous expliquons vos choix dans votre langue, et vous prenez le temps de réfléchir. Si vous décidez de rentrer, la déclaration vous est lue à voix haute avant que vous signiez. Personne ne signe à votre place.
returnee-next-pre-departure = Nous préparons vos papiers et votre voyage. Rien n'est envoyé aux autorités de votre pays tant que votre sécurité n'a pas été vérifiée et que vous n'avez pas donné votre accord. Avant le départ, nous vous disons qui vous accueillera, et où. Vous gardez vous-même vos papiers et votre billet.
returnee-next-arrival = Après votre arrivée, le bureau sur place peut vous aider à prendre un nouveau départ, avec un plan fait avec vous. Ni argent ni travail ne sont promis avant que ce bureau les ait confirmés.
returnee-next-none = Il ne reste plus d'étape dans votre dossier. Pour toute question, contactez-nous.

returnee-withdraw-title = Vous pouvez changer d'avis
returnee-withdraw-1 = Vous pouvez arrêter le retour à tout moment avant de monter à bord : même après avoir signé, même le jour du départ. Il n'est jamais trop tard pour dire non.
returnee-withdraw-2 = Dites-le à n'importe quel membre du personnel de l'OIM. Nous vous reposons la question avant de demander vos papiers de voyage, avant la réservation et le jour du départ.
returnee-withdraw-3 = Si vous changez d'avis, demandez-nous ce que cela change pour vous : pour des frais déjà payés, ou si vous voulez redemander un retour plus tard.

returnee-contact-title = Qui contacter
returnee-contact-office = Bureau de l'OIM : { $office }
returnee-contact-officer = Personne de l'OIM qui suit votre dossier : { $name }
returnee-contact-phone = Téléphone
returnee-contact-unhcr = Si vous avez peur de rentrer, vous pouvez demander à parler au HCR à tout moment.

returnee-decl-title = Déclaration de retour volontaire
returnee-decl-statement = On m'a expliqué, dans une langue que je comprends, ce qu'est le retour volontaire, l'aide proposée et ce qui n'est pas promis, et ce que l'on sait de la situation là où je vais. J'ai eu le temps de réfléchir. Je choisis de rentrer de ma propre volonté. Personne ne m'a mis la pression. Je sais que je peux changer d'avis à tout moment avant mon départ.
returnee-decl-warning = Ne signez que si vous avez tout compris. Tout le texte vous est d'abord lu à voix haute. Personne ne peut signer à votre place.
returnee-decl-language = Langue utilisée
returnee-decl-interpreter = Nom de l'interprète
returnee-sign-person = Signature de { $name }
returnee-sign-guardian = Tuteur ou tutrice de { $name } : j'ai entendu cette déclaration et j'y consens.
returnee-sign-guardian-name = Nom et signature du tuteur ou de la tutrice
returnee-sign-staff = Signature du membre du personnel de l'OIM
returnee-sign-interpreter = Signature de l'interprète
returnee-sign-date = Date : { $mask }

# Pour l'agent, quand la langue de la personne n'a pas de fiche.
returnee-no-edition = Il n'existe pas de fiche en « { $lang } ». Langues disponibles : { $available }.
