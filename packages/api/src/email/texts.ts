import { translator, type TextsOf } from "../i18n/text";
import type { Locale } from "../locales";

/**
 * Every email's words, per language (templates.ts and the senders put them together). Plain text;
 * never clinical detail. Spanish addresses the reader as "usted".
 */
const en = {
  // Accounts
  "verifyEmail.subject": "Your RESQ verification code: {code}",
  "verifyEmail.text":
    "Hello {name},\n\nYour verification code is:\n\n    {code}\n\nIt is valid for 10 minutes. If you did not create a RESQ account, ignore this email.\n",
  "alreadyRegistered.subject": "Someone tried to create a RESQ account with your email",
  "alreadyRegistered.text":
    "Hello,\n\nSomeone (perhaps you) tried to create a RESQ account with this email address, which already has an account.\n\nIf it was you, sign in at {appUrl}/sign-in, or reset your password at {appUrl}/forgot-password.\nIf it was not you, you can ignore this email: your account is unchanged.\n",
  "passwordReset.subject": "Reset your RESQ password",
  "passwordReset.text":
    "Hello {name},\n\nTo choose a new password, open this link within one hour:\n\n{link}\n\nIf you did not ask for this, ignore this email; your password stays as it is.\n",
  "passwordChanged.subject": "Your RESQ password was changed",
  "passwordChanged.text":
    "Hello {name},\n\nYour password was just changed and your other sessions were signed out.\nIf this was not you, reset your password at once and contact support.\n",
  "emailChanged.subject": "Your RESQ email address was changed",
  "emailChanged.text":
    "Hello {name},\n\nThe email address of your RESQ account was changed to {newEmail}.\nIf this was not you, contact support at once.\n",
  "mfaOn.subject": "Two-factor authentication is on",
  "mfaOn.text":
    "Hello {name},\n\nTwo-factor authentication was just turned on for your RESQ account.\nIf this was not you, reset your password at once and contact support.\n",
  "mfaOff.subject": "Two-factor authentication was turned off",
  "mfaOff.text":
    "Hello {name},\n\nTwo-factor authentication was just turned off for your RESQ account.\nIf this was not you, reset your password at once and contact support.\n",
  "invitation.subject": "You are invited to {platform}",
  "invitation.text":
    "Hello {name},\n\nAn administrator created a {platform} account for you ({role}).\nTo choose your password and sign in, open this link within 7 days:\n\n{link}\n\nIf you did not expect this, ignore this email.\n",

  // Provider verification
  "verificationApproved.subject": "Your RESQ profile is verified",
  "verificationApproved.text":
    "Hello {name},\n\nYour profile has been verified: patients can now find you and book with you.\n\n{appUrl}/doctor\n",
  "verificationRejected.subject": "Your RESQ profile needs changes",
  "verificationRejected.text":
    "Hello {name},\n\nWe could not verify your profile yet. The reviewer wrote:\n\n    {reason}\n\nPlease update your profile and submit it again: {appUrl}/doctor/onboarding\n",

  // Appointments: {details} is "appointment.details" filled in
  "appointment.details": "{service} with {doctor}\n{when}\n{place}\n\nManage it: {link}\n",
  "booked.subject": "Booked: {service} with {doctor}",
  "booked.text":
    "Your appointment is booked.\n\n{details}\nThe attached file adds it to your calendar.\n",
  "rescheduled.subject": "Moved: {service} with {doctor}",
  "rescheduled.text": "Your appointment has a new time.\n\n{details}",
  "cancelled.subject": "Cancelled: {service} with {doctor}",
  "cancelled.text": "This appointment is cancelled.\n\n{details}",
  "cancelledByPractice.text": "This appointment is cancelled by the practice.\n\n{details}",
  "cancelledByPractice.reason": "\nThe practice wrote: {reason}\n",
  "cancelledByPractice.rebook":
    "\nYou can book another time or join the doctor's waitlist: {link}\n",
  "reminderTomorrow.subject": "Reminder: {service} with {doctor} tomorrow",
  "reminderSoon.subject": "Reminder: {service} with {doctor} soon",
  "reminder.text": "A reminder of your appointment.\n\n{details}",
  "waitlistOffer.subject": "A time opened up with {doctor}",
  "waitlistOffer.text":
    "A time you were waiting for is free, and we are holding it for you for {minutes} minutes.\n\n{service} with {doctor}\n{when}\n{place}\n\nAccept or decline: {link}\n",

  // Messages: never the text
  "digestOne.subject": "You have a new message on RESQ",
  "digestMany.subject": "You have {count} new messages on RESQ",
  "digestOneFromCareTeam.text":
    "Hello {name},\n\nYou have a new message from your care team. For your privacy, messages are only shown in RESQ:\n\n{link}\n",
  "digestManyFromCareTeam.text":
    "Hello {name},\n\nYou have {count} new messages from your care team. For your privacy, messages are only shown in RESQ:\n\n{link}\n",
  "digestOneFromPatients.text":
    "Hello {name},\n\nYou have a new message from your patients. For your privacy, messages are only shown in RESQ:\n\n{link}\n",
  "digestManyFromPatients.text":
    "Hello {name},\n\nYou have {count} new messages from your patients. For your privacy, messages are only shown in RESQ:\n\n{link}\n",

  // Support: the ticket's reference and a link, never its subject or messages
  "supportReplied.subject": "Your RESQ support request {ref}: Support replied",
  "supportReplied.text":
    "Hello {name},\n\nSupport replied on support request {ref}.\n\nRead it in RESQ: {link}\n",
  "supportClosed.subject": "Your RESQ support request {ref}: Support closed the request",
  "supportClosed.text":
    "Hello {name},\n\nSupport closed the request on support request {ref}.\n\nRead it in RESQ: {link}\n",
  "supportReopened.subject": "Your RESQ support request {ref}: Support reopened the request",
  "supportReopened.text":
    "Hello {name},\n\nSupport reopened the request on support request {ref}.\n\nRead it in RESQ: {link}\n",
  "supportOpened.subject": "RESQ support {ref}: new support request",
  "supportOpened.text":
    "Hello {name},\n\nNew support request on {ref}.\n\nOpen it in RESQ: {link}\n",
  "supportRequesterReplied.subject": "RESQ support {ref}: the requester replied",
  "supportRequesterReplied.text":
    "Hello {name},\n\nThe requester replied on {ref}.\n\nOpen it in RESQ: {link}\n",

  // Security
  "breakGlass.subject": "Emergency access to your RESQ health record",
  "breakGlass.text":
    '{actor} ({role}) opened your health record in an emergency. Reason: {reason}\n\nYou can see every access to your record in RESQ under "Who viewed my record".\n',
} as const;

export type EmailTexts = TextsOf<typeof en>;

const es: EmailTexts = {
  "verifyEmail.subject": "Su código de verificación de RESQ: {code}",
  "verifyEmail.text":
    "Hola, {name}:\n\nSu código de verificación es:\n\n    {code}\n\nEs válido durante 10 minutos. Si usted no creó una cuenta en RESQ, ignore este correo.\n",
  "alreadyRegistered.subject": "Alguien intentó crear una cuenta de RESQ con su correo electrónico",
  "alreadyRegistered.text":
    "Hola:\n\nAlguien (quizá usted) intentó crear una cuenta de RESQ con esta dirección de correo electrónico, que ya tiene una cuenta.\n\nSi fue usted, inicie sesión en {appUrl}/sign-in o restablezca su contraseña en {appUrl}/forgot-password.\nSi no fue usted, puede ignorar este correo: su cuenta no ha cambiado.\n",
  "passwordReset.subject": "Restablezca su contraseña de RESQ",
  "passwordReset.text":
    "Hola, {name}:\n\nPara elegir una nueva contraseña, abra este enlace en el plazo de una hora:\n\n{link}\n\nSi usted no lo solicitó, ignore este correo; su contraseña no cambiará.\n",
  "passwordChanged.subject": "Se cambió su contraseña de RESQ",
  "passwordChanged.text":
    "Hola, {name}:\n\nSe acaba de cambiar su contraseña y se cerraron sus demás sesiones.\nSi no fue usted, restablezca su contraseña de inmediato y póngase en contacto con el equipo de soporte.\n",
  "emailChanged.subject": "Se cambió su dirección de correo electrónico de RESQ",
  "emailChanged.text":
    "Hola, {name}:\n\nLa dirección de correo electrónico de su cuenta de RESQ se cambió a {newEmail}.\nSi no fue usted, póngase en contacto con el equipo de soporte de inmediato.\n",
  "mfaOn.subject": "La autenticación de dos factores está activada",
  "mfaOn.text":
    "Hola, {name}:\n\nSe acaba de activar la autenticación de dos factores en su cuenta de RESQ.\nSi no fue usted, restablezca su contraseña de inmediato y póngase en contacto con el equipo de soporte.\n",
  "mfaOff.subject": "Se desactivó la autenticación de dos factores",
  "mfaOff.text":
    "Hola, {name}:\n\nSe acaba de desactivar la autenticación de dos factores en su cuenta de RESQ.\nSi no fue usted, restablezca su contraseña de inmediato y póngase en contacto con el equipo de soporte.\n",
  "invitation.subject": "Le invitamos a {platform}",
  "invitation.text":
    "Hola, {name}:\n\nUn administrador le creó una cuenta de {platform} ({role}).\nPara elegir su contraseña e iniciar sesión, abra este enlace en el plazo de 7 días:\n\n{link}\n\nSi no esperaba este correo, ignórelo.\n",

  "verificationApproved.subject": "Su perfil de RESQ está verificado",
  "verificationApproved.text":
    "Hola, {name}:\n\nSu perfil ha sido verificado: ahora los pacientes pueden encontrarle y reservar citas con usted.\n\n{appUrl}/doctor\n",
  "verificationRejected.subject": "Su perfil de RESQ necesita cambios",
  "verificationRejected.text":
    "Hola, {name}:\n\nTodavía no hemos podido verificar su perfil. La persona que lo revisó escribió:\n\n    {reason}\n\nActualice su perfil y envíelo de nuevo: {appUrl}/doctor/onboarding\n",

  "appointment.details": "{service} con {doctor}\n{when}\n{place}\n\nGestione su cita: {link}\n",
  "booked.subject": "Cita reservada: {service} con {doctor}",
  "booked.text":
    "Su cita está reservada.\n\n{details}\nEl archivo adjunto la añade a su calendario.\n",
  "rescheduled.subject": "Cita cambiada: {service} con {doctor}",
  "rescheduled.text": "Su cita tiene un nuevo horario.\n\n{details}",
  "cancelled.subject": "Cita cancelada: {service} con {doctor}",
  "cancelled.text": "Esta cita está cancelada.\n\n{details}",
  "cancelledByPractice.text": "La clínica canceló esta cita.\n\n{details}",
  "cancelledByPractice.reason": "\nLa clínica escribió: {reason}\n",
  "cancelledByPractice.rebook":
    "\nPuede reservar otro horario o unirse a la lista de espera del médico: {link}\n",
  "reminderTomorrow.subject": "Recordatorio: {service} con {doctor} mañana",
  "reminderSoon.subject": "Recordatorio: {service} con {doctor} en breve",
  "reminder.text": "Le recordamos su cita.\n\n{details}",
  "waitlistOffer.subject": "Hay un horario disponible con {doctor}",
  "waitlistOffer.text":
    "Se liberó un horario que usted esperaba y se lo reservamos durante {minutes} minutos.\n\n{service} con {doctor}\n{when}\n{place}\n\nAcéptelo o rechácelo: {link}\n",

  "digestOne.subject": "Tiene un mensaje nuevo en RESQ",
  "digestMany.subject": "Tiene {count} mensajes nuevos en RESQ",
  "digestOneFromCareTeam.text":
    "Hola, {name}:\n\nTiene un mensaje nuevo de su equipo médico. Por su privacidad, los mensajes solo se muestran en RESQ:\n\n{link}\n",
  "digestManyFromCareTeam.text":
    "Hola, {name}:\n\nTiene {count} mensajes nuevos de su equipo médico. Por su privacidad, los mensajes solo se muestran en RESQ:\n\n{link}\n",
  "digestOneFromPatients.text":
    "Hola, {name}:\n\nTiene un mensaje nuevo de sus pacientes. Por su privacidad, los mensajes solo se muestran en RESQ:\n\n{link}\n",
  "digestManyFromPatients.text":
    "Hola, {name}:\n\nTiene {count} mensajes nuevos de sus pacientes. Por su privacidad, los mensajes solo se muestran en RESQ:\n\n{link}\n",

  "supportReplied.subject": "Su solicitud de soporte de RESQ {ref}: el soporte respondió",
  "supportReplied.text":
    "Hola, {name}:\n\nEl soporte respondió a su solicitud de soporte {ref}.\n\nLea la respuesta en RESQ: {link}\n",
  "supportClosed.subject": "Su solicitud de soporte de RESQ {ref}: el soporte cerró la solicitud",
  "supportClosed.text":
    "Hola, {name}:\n\nEl soporte cerró su solicitud de soporte {ref}.\n\nConsúltela en RESQ: {link}\n",
  "supportReopened.subject":
    "Su solicitud de soporte de RESQ {ref}: el soporte reabrió la solicitud",
  "supportReopened.text":
    "Hola, {name}:\n\nEl soporte reabrió su solicitud de soporte {ref}.\n\nConsúltela en RESQ: {link}\n",
  "supportOpened.subject": "Soporte de RESQ {ref}: nueva solicitud de soporte",
  "supportOpened.text":
    "Hola, {name}:\n\nHay una nueva solicitud de soporte: {ref}.\n\nÁbrala en RESQ: {link}\n",
  "supportRequesterReplied.subject": "Soporte de RESQ {ref}: el solicitante respondió",
  "supportRequesterReplied.text":
    "Hola, {name}:\n\nEl solicitante respondió en {ref}.\n\nÁbrala en RESQ: {link}\n",

  "breakGlass.subject": "Acceso de emergencia a su historia clínica de RESQ",
  "breakGlass.text":
    "{actor} ({role}) abrió su historia clínica en una emergencia. Motivo: {reason}\n\nPuede ver cada acceso a su historia clínica en RESQ, en «Quién ha visto mi historia clínica».\n",
};

export const emailTexts = { en, es } satisfies Record<Locale, EmailTexts>;

/** The email texts in one language: `emailText(locale)("booked.subject", { service, doctor })`. */
export const emailText = translator(emailTexts);
