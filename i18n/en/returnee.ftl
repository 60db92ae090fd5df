# The information sheet and voluntary declaration handed to the returnee (issue 14 item 7). Written for a person
# who may have just landed: short sentences, plain words, one fact at a time. Every fact follows the handbook:
# avr-principles (what-avrr-is, voluntariness, informed-decision, withdrawal), counselling (purpose,
# time-to-reflect, voluntary-declaration, who-to-call), eligibility#screening-order, travel-documents#gates,
# arrival#preparing, movement#pre-departure, reintegration#responsibility.
returnee-title = Voluntary return: information for you
returnee-for = For: { $names }
returnee-case = Case number: { $number }
returnee-date = Date: { $date }

returnee-what-title = What is voluntary return?
returnee-what-1 = IOM can help you go back to your country, if that is what you decide.
returnee-what-2 = The help can include papers for the journey, the journey itself, and support after you arrive. We tell you clearly what help there is, and what we cannot promise.
returnee-what-3 = IOM is not the police. You decide. Nobody may push you to go back.
returnee-what-4 = Take time to think. You do not have to decide today. You can ask questions at every meeting.
returnee-what-5 = You can always ask for asylum. If you are afraid to go back, tell us at any time: the return stops, and we help you reach UNHCR, the UN Refugee Agency.

returnee-next-title = What happens next
returnee-next-rescue = First: rest, food, water and medical care.
returnee-next-protection = We talk with you in private about your safety, your health and any fear of going back. An interpreter you accept helps us.
returnee-next-counselling = We explain your choices in your language, and you take time to think. If you decide to go back, the declaration is read aloud to you before you sign. Nobody signs for you.
returnee-next-pre-departure = We prepare your papers and your journey. Nothing is sent to your country's authorities before your safety has been checked and you have agreed. Before you leave, we tell you who will meet you, and where. You carry your own papers and ticket.
returnee-next-arrival = After you arrive, the office there can help you start again, with a plan made with you. No money and no job are promised before that office has confirmed them.
returnee-next-none = No steps are left in your case. If you have a question, contact us.

returnee-withdraw-title = You can change your mind
returnee-withdraw-1 = You can stop the return at any time before you board, even after you have signed, even on the day you leave. It is never too late to say no.
returnee-withdraw-2 = Tell any IOM staff member. We ask you again before we request travel papers, before booking, and on the day you leave.
returnee-withdraw-3 = If you change your mind, ask us what it means for you: for costs already paid, or if you want to ask for return again later.

returnee-contact-title = Who to contact
returnee-contact-office = IOM office: { $office }
returnee-contact-officer = Staff member: { $name }
returnee-contact-phone = Phone
returnee-contact-unhcr = If you are afraid to go back, you can ask to speak to UNHCR at any time.

returnee-decl-title = Voluntary return declaration
returnee-decl-statement = I was told, in a language I understand, what voluntary return is, what help is offered and what is not promised, and what is known about the situation where I will go. I had time to think. I choose to go back of my own free will. Nobody put pressure on me. I know I can change my mind at any time before I leave.
returnee-decl-warning = Sign only if you have understood everything. The whole text is read aloud to you first. Nobody may sign for you.
returnee-decl-language = Language used
returnee-decl-interpreter = Name of the interpreter
returnee-sign-person = Signature of { $name }
returnee-sign-guardian = Guardian of { $name }: I heard this declaration and I agree to it.
returnee-sign-guardian-name = Guardian's name and signature
returnee-sign-staff = Signature of the IOM staff member
returnee-sign-interpreter = Signature of the interpreter
returnee-sign-date = Date: { $mask }

# For the officer, when the person's language has no sheet.
returnee-no-edition = There is no sheet in “{ $lang }”. It can be printed in: { $available }.
