# La hoja informativa y la declaración de retorno voluntario que se entregan a la persona (issue 14, punto 7).
returnee-title = Retorno voluntario: información para usted
returnee-for = Para: { $names }
returnee-case = Número de expediente: { $number }
returnee-date = Fecha: { $date }

returnee-what-title = ¿Qué es el retorno voluntario?
returnee-what-1 = La OIM puede ayudarle a volver a su país, si usted así lo decide.
returnee-what-2 = La ayuda puede incluir los papeles para el viaje, el viaje mismo y apoyo después de llegar. Le decimos con claridad qué ayuda hay y qué no podemos prometer.
returnee-what-3 = La OIM no es la policía. Usted decide. Nadie puede presionarle para que vuelva.
returnee-what-4 = Tómese tiempo para pensarlo. No tiene que decidir hoy. Puede hacer preguntas en cada reunión.
returnee-what-5 = Siempre puede pedir asilo. Si tiene miedo de volver, díganoslo en cualquier momento: el retorno se detiene y le ayudamos a contactar con ACNUR, la Agencia de la ONU para los Refugiados.

returnee-next-title = Qué pasa ahora
returnee-next-rescue = Lo primero: descanso, comida, agua y atención médica.
returnee-next-protection = Hablamos con usted en privado sobre su seguridad, su salud y cualquier miedo a volver. Nos ayuda un intérprete que usted acepte.
returnee-next-counselling = Le explicamos sus opciones en su idioma, y usted se toma tiempo para pensar. Si decide volver, le leemos la declaración en voz alta antes de que firme. Nadie firma por usted.
returnee-next-pre-departure = Preparamos sus papeles y su viaje. No se envía nada a las autoridades de su país antes de comprobar su seguridad y de que usted esté de acuerdo. Antes de salir, le decimos quién le recibirá y dónde. Usted lleva sus propios papeles y su billete.
returnee-next-arrival = Después de llegar, la oficina de allí puede ayudarle a empezar de nuevo, con un plan hecho con usted. No se promete dinero ni trabajo antes de que esa oficina lo confirme.
returnee-next-none = Su expediente ya no tiene pasos pendientes. Si tiene alguna pregunta, contáctenos.

returnee-withdraw-title = Puede cambiar de opinión
returnee-withdraw-1 = Puede detener el retorno en cualquier momento antes de embarcar: incluso después de firmar, incluso el día de la salida. Nunca es demasiado tarde para decir que no.
returnee-withdraw-2 = Dígaselo a cualquier persona del personal de la OIM. Le volvemos a preguntar antes de pedir sus papeles de viaje, antes de reservar y el día de la salida.
returnee-withdraw-3 = Si cambia de opinión, pregúntenos qué significa para usted: para gastos ya pagados, o si quiere pedir el retorno más adelante.

returnee-contact-title = A quién contactar
returnee-contact-office = Oficina de la OIM: { $office }
returnee-contact-officer = Persona de la OIM que lleva su caso: { $name }
returnee-contact-phone = Teléfono
returnee-contact-unhcr = Si tiene miedo de volver, puede pedir hablar con ACNUR en cualquier momento.

returnee-decl-title = Declaración de retorno voluntario
returnee-decl-statement = Me explicaron, en un idioma que entiendo, qué es el retorno voluntario, qué ayuda se ofrece y qué no se promete, y lo que se sabe de la situación en el lugar adonde voy. Tuve tiempo para pensarlo. Elijo volver por mi propia voluntad. Nadie me ha presionado. Sé que puedo cambiar de opinión en cualquier momento antes de salir.
returnee-decl-warning = Firme solo si lo ha entendido todo. Antes se le lee todo el texto en voz alta. Nadie puede firmar por usted.
returnee-decl-language = Idioma usado
returnee-decl-interpreter = Nombre del intérprete
returnee-sign-person = Firma de { $name }
returnee-sign-guardian = Tutor o tutora de { $name }: escuché esta declaración y doy mi consentimiento.
returnee-sign-guardian-name = Nombre y firma del tutor o la tutora
returnee-sign-staff = Firma de la persona de la OIM
returnee-sign-interpreter = Firma del intérprete
returnee-sign-date = Fecha: { $mask }

# Para el personal, cuando el idioma de la persona no tiene hoja.
returnee-no-edition = No hay hoja en «{ $lang }». Se puede imprimir en: { $available }.
