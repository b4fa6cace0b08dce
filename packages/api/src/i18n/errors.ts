import type { Locale } from "../locales";
import { fill, type TextsOf } from "./text";

/**
 * The messages of the errors the API returns (AppError, TRPCError and the REST envelope's own), in
 * the caller's language. Gettext-style: the English text, exactly as written where the error is
 * thrown, is its own key, so throw sites stay plain English and English callers get it byte for
 * byte. A message with values is an English template with {placeholders}, its values passed beside
 * it (AppError's `values`), so the template is the key. Translated at the edge only (the tRPC error
 * formatter, the REST error envelope). Spanish addresses the reader as "usted".
 *
 * errors.test.ts reads the API's source: every message thrown must have a text here (a new
 * untranslated error fails CI), with the same placeholders, and every text here must still be used.
 */

/** Words that appear inside messages as values (an invoice's status, an onboarding step). */
const termsEn = {
  "invoiceStatus.draft": "draft",
  "invoiceStatus.open": "open",
  "invoiceStatus.paid": "paid",
  "invoiceStatus.void": "void",
  "onboardingStep.profile": "profile",
  "onboardingStep.licence": "licence",
  "onboardingStep.practice": "practice",
  "onboardingStep.services": "services",
  "onboardingStep.availability": "availability",
  "onboardingStep.booking": "booking",
} as const;

const termsEs: TextsOf<typeof termsEn> = {
  "invoiceStatus.draft": "borrador",
  "invoiceStatus.open": "pendiente",
  "invoiceStatus.paid": "pagada",
  "invoiceStatus.void": "anulada",
  "onboardingStep.profile": "perfil",
  "onboardingStep.licence": "licencia",
  "onboardingStep.practice": "consulta",
  "onboardingStep.services": "servicios",
  "onboardingStep.availability": "horario",
  "onboardingStep.booking": "reglas de reserva",
};

export const errorTerms = { en: termsEn, es: termsEs } satisfies Record<
  Locale,
  TextsOf<typeof termsEn>
>;
export type ErrorTerm = keyof typeof termsEn;

/** A value for a message's {placeholder}. */
export type ErrorValue =
  | string
  | number
  /** A word translated with the message (errorTerms). */
  | { term: ErrorTerm }
  /** Several values as one: "a, b, c" (comma) or "a, b or c" (or). */
  | { list: readonly (string | { term: ErrorTerm })[]; join: "comma" | "or" };

export type ErrorValues = Record<string, ErrorValue>;

/** Spanish, by English text. */
const es: Readonly<Record<string, string>> = {
  // Signing in and the sign-in gates
  "Please sign in to continue.": "Inicie sesión para continuar.",
  "Your account cannot do this.": "Su cuenta no puede hacer esto.",
  "This procedure declares no access policy, so nobody may call it.":
    "Este procedimiento no declara ninguna política de acceso, así que nadie puede llamarlo.",
  "Enter the code from your authenticator app to continue.":
    "Introduzca el código de su aplicación de autenticación para continuar.",
  "Please verify your email address first.":
    "Verifique primero su dirección de correo electrónico.",
  "Set up two-factor authentication to continue.":
    "Configure la autenticación de dos factores para continuar.",
  "The email or password is not right.": "El correo electrónico o la contraseña no son correctos.",
  "This account is suspended. Please contact support.":
    "Esta cuenta está suspendida. Póngase en contacto con el equipo de soporte.",
  "This step is for browser sign-in.": "Este paso es para iniciar sesión en el navegador.",
  "That code is not right. Codes change every 30 seconds; each works once.":
    "Ese código no es correcto. Los códigos cambian cada 30 segundos y cada uno funciona una sola vez.",
  "That code is not right or has expired. Check the email, or ask for a new code.":
    "Ese código no es correcto o ha caducado. Revise el correo o solicite un código nuevo.",
  "This reset link is not valid any more. Ask for a new one.":
    "Este enlace para restablecer la contraseña ya no es válido. Solicite uno nuevo.",
  "Enter the code from your authenticator app, or a recovery code.":
    "Introduzca el código de su aplicación de autenticación o un código de recuperación.",
  "Too many attempts. Please try again in {seconds} seconds.":
    "Demasiados intentos. Vuelva a intentarlo dentro de {seconds} segundos.",
  "Too many attempts. Please try again in {minutes} minutes.":
    "Demasiados intentos. Vuelva a intentarlo dentro de {minutes} minutos.",

  // The account
  "Your password is not right.": "Su contraseña no es correcta.",
  "Your current password is not right.": "Su contraseña actual no es correcta.",
  "That code is not right.": "Ese código no es correcto.",
  "That code is not right or has expired.": "Ese código no es correcto o ha caducado.",
  "Enter your code.": "Introduzca su código.",
  "Enter a code from your authenticator app.":
    "Introduzca un código de su aplicación de autenticación.",
  "That code is not right. Check the time on your phone and try the newest code.":
    "Ese código no es correcto. Compruebe la hora de su teléfono y pruebe con el código más reciente.",
  "Two-factor authentication is already on. Turn it off first to change the app.":
    "La autenticación de dos factores ya está activada. Desactívela primero para cambiar de aplicación.",
  "Your role must use two-factor authentication, so it cannot be turned off.":
    "Su rol debe usar la autenticación de dos factores, por lo que no se puede desactivar.",
  "Turn on two-factor authentication first.": "Active primero la autenticación de dos factores.",
  "That session does not exist.": "Esa sesión no existe.",
  "You do not get this kind.": "Usted no recibe este tipo.",
  "You do not get this kind of notification.": "Usted no recibe este tipo de notificación.",
  "Security alerts cannot be switched off.": "Las alertas de seguridad no se pueden desactivar.",

  // The REST API
  "Send a bearer access token (POST /api/auth/login/).":
    "Envíe un token de acceso Bearer (POST /api/auth/login/).",
  "Verify your email address in the web app before using the API.":
    "Verifique su dirección de correo electrónico en la aplicación web antes de usar la API.",
  "This account uses two-factor authentication: send totpCode.":
    "Esta cuenta usa la autenticación de dos factores: envíe totpCode.",
  "Set up two-factor authentication in the web app first.":
    "Configure primero la autenticación de dos factores en la aplicación web.",
  "This refresh token is not valid. Sign in again.":
    "Este token de actualización no es válido. Vuelva a iniciar sesión.",
  "Only patients can book appointments.": "Solo los pacientes pueden reservar citas.",
  "This doctor offers no bookable service.":
    "Este médico no ofrece ningún servicio que se pueda reservar.",
  "No such endpoint.": "Esa dirección de la API no existe.",
  "The request body is not valid JSON.": "El cuerpo de la solicitud no es un JSON válido.",
  "The request body is too large.": "El cuerpo de la solicitud es demasiado grande.",
  "The request body is too large: at most {limit} is accepted.":
    "El cuerpo de la solicitud es demasiado grande: se aceptan como máximo {limit}.",
  "Cross-origin request refused.": "Se rechazó una solicitud de otro origen.",
  "Some fields are not valid.": "Algunos campos no son válidos.",
  "Check the filters.": "Revise los filtros.",
  "Stripe is not configured.": "Stripe no está configurado.",
  "The Stripe signature is missing or wrong.": "Falta la firma de Stripe o no es correcta.",

  // Outages and the unexpected
  "Something went wrong.": "Algo salió mal.",
  "Something went wrong on our side.": "Algo salió mal por nuestra parte.",
  "RESQ cannot reach its database right now. Please try again in a moment.":
    "RESQ no puede conectar ahora con su base de datos. Vuelva a intentarlo en un momento.",
  "RESQ did not get an answer from its database in time. Please check, then try again in a moment.":
    "RESQ no recibió a tiempo la respuesta de su base de datos. Compruebe si la operación se completó y vuelva a intentarlo en un momento.",
  "Live updates are not available on this server.":
    "Las actualizaciones en directo no están disponibles en este servidor.",

  // Doctors, practices and onboarding
  "This doctor is not available on RESQ.": "Este médico no está disponible en RESQ.",
  "That doctor does not exist.": "Ese médico no existe.",
  "This doctor is not waiting for review.": "Este médico no está pendiente de revisión.",
  "No doctor profile.": "No hay perfil de médico.",
  "That service does not exist.": "Ese servicio no existe.",
  "That date change does not exist.": "Ese cambio por fecha no existe.",
  "Complete these steps first: {steps}.": "Complete primero estos pasos: {steps}.",
  "Your profile is already verified or waiting for review.":
    "Su perfil ya está verificado o pendiente de revisión.",

  // Appointments and the waitlist
  "That time was just taken. Please choose another.": "Ese horario se acaba de ocupar. Elija otro.",
  "That time is not free. Your appointment is unchanged.":
    "Ese horario no está libre. Su cita no ha cambiado.",
  "This doctor cannot be booked.": "No se pueden reservar citas con este médico.",
  "That service is not offered by this doctor.": "Este médico no ofrece ese servicio.",
  "Choose a service.": "Elija un servicio.",
  "That appointment does not exist.": "Esa cita no existe.",
  "Only a booked appointment can be marked.": "Solo se puede marcar una cita reservada.",
  "This appointment has not started yet.": "Esta cita aún no ha empezado.",
  "Only a booked appointment can be cancelled.": "Solo se puede cancelar una cita reservada.",
  "This appointment has already started.": "Esta cita ya ha empezado.",
  "Tell the patient why.": "Indique al paciente el motivo.",
  "Only an upcoming booked appointment can be moved.":
    "Solo se puede cambiar de horario una cita reservada que aún no haya empezado.",
  "That waitlist offer does not exist.": "Esa oferta de la lista de espera no existe.",
  "That waitlist entry does not exist.": "Esa inscripción en la lista de espera no existe.",
  "This offer has lapsed and was passed on. You are still on other waitlists you joined.":
    "Esta oferta ha caducado y se ofreció a otra persona. Usted sigue en las demás listas de espera a las que se unió.",

  // Health records
  "No such record, or it is not yours to see.":
    "Ese registro no existe o usted no tiene acceso a él.",
  "Say which patient.": "Indique el paciente.",
  "No such draft (a signed note cannot be edited: write an amendment).":
    "Ese borrador no existe (una nota firmada no se puede editar: escriba una enmienda).",
  "This note is already signed.": "Esta nota ya está firmada.",
  "Only a signed note is amended; edit the draft instead.":
    "Solo se enmiendan las notas firmadas; edite el borrador.",

  // Messages and attachments
  "That conversation does not exist.": "Esa conversación no existe.",
  "You can message only doctors and patients you have an appointment with.":
    "Solo puede escribir a médicos y pacientes con los que tenga una cita.",
  "{filename} is empty.": "{filename} está vacío.",
  "{filename} is larger than {size}.": "{filename} ocupa más de {size}.",
  "{filename} is not a {types} file.": "{filename} no es un archivo {types}.",

  // Billing
  "That invoice does not exist.": "Esa factura no existe.",
  "That payment does not exist.": "Ese pago no existe.",
  "Invoice {number} is already paid.": "La factura {number} ya está pagada.",
  "Invoice {number} is not open for payment.": "La factura {number} no está pendiente de pago.",
  "The amount is more than the balance of invoice {number}.":
    "El importe es mayor que el saldo pendiente de la factura {number}.",
  "The amount is more than the balance.": "El importe es mayor que el saldo pendiente.",
  "This payment has already been refunded in full.": "Este pago ya se ha reembolsado por completo.",
  "A refund cannot be more than what is left of the payment.":
    "Un reembolso no puede superar lo que queda del pago.",
  "More than what is left of the payment.": "Supera lo que queda del pago.",
  "This idempotency key was used for another payment.":
    "Esta clave de idempotencia ya se usó para otro pago.",
  "Enter the card details.": "Introduzca los datos de la tarjeta.",
  "Enter the card number.": "Introduzca el número de la tarjeta.",
  "This payment cannot be confirmed here.": "Este pago no se puede confirmar aquí.",
  "This payment was taken by Stripe, which is not configured now.":
    "Este pago se cobró con Stripe, que ahora no está configurado.",
  "Choose a practice.": "Elija una consulta.",
  "That patient does not exist.": "Ese paciente no existe.",
  "Unknown patient.": "Paciente desconocido.",
  "That practice does not exist.": "Esa consulta no existe.",
  "Unknown practice.": "Consulta desconocida.",
  "Refund the payments before voiding this invoice.":
    "Reembolse los pagos antes de anular esta factura.",
  "A {status} invoice cannot become {to}.":
    "Una factura en estado «{status}» no puede pasar a «{to}».",
  "There is no payment on this invoice yet.": "Esta factura aún no tiene ningún pago.",

  // Administration and support
  "That user does not exist.": "Ese usuario no existe.",
  "That audit event does not exist.": "Ese evento de auditoría no existe.",
  "You cannot suspend or delete your own account. Ask another admin.":
    "No puede suspender ni eliminar su propia cuenta. Pídaselo a otro administrador.",
  "Only an active account can be suspended.": "Solo se puede suspender una cuenta activa.",
  "Only a suspended account can be reactivated.": "Solo se puede reactivar una cuenta suspendida.",
  "This account is already deleted.": "Esta cuenta ya está eliminada.",
  "The email does not match.": "El correo electrónico no coincide.",
  "Type the user's email exactly to confirm.":
    "Escriba exactamente el correo electrónico del usuario para confirmar.",
  "Another account already uses this email.": "Otra cuenta ya usa este correo electrónico.",
  "A deleted user cannot be edited.": "No se puede editar un usuario eliminado.",
  "That support request does not exist.": "Esa solicitud de soporte no existe.",
  "Tickets can be assigned only to admins.":
    "Las solicitudes solo se pueden asignar a administradores.",
  "Choose an active admin.": "Elija un administrador activo.",
};

/** Every language but English (the key), each mapping English texts to its own. */
export const errorTexts: Record<Exclude<Locale, "en">, Readonly<Record<string, string>>> = { es };

function orJoined(locale: Locale, items: string[]): string {
  const last = items.at(-1) ?? "";
  if (items.length < 2) return last;
  // Spanish "o" becomes "u" before a word that starts with an o sound ("7 u 8", "plata u oro").
  const or = locale === "es" ? (/^h?o/i.test(last) ? "u" : "o") : "or";
  return `${items.slice(0, -1).join(", ")} ${or} ${last}`;
}

function rendered(locale: Locale, value: ErrorValue): string | number {
  if (typeof value !== "object") return value;
  if ("term" in value) return errorTerms[locale][value.term];
  const items = value.list.map((item) =>
    typeof item === "object" ? errorTerms[locale][item.term] : item,
  );
  return value.join === "or" ? orJoined(locale, items) : items.join(", ");
}

/**
 * An error text in a language, its values filled in: `errorText("es", "That code is not right.")`.
 * A text without a translation (a framework's own message) stays English, with English values.
 */
export function errorText(locale: Locale, english: string, values?: ErrorValues | null): string {
  const translated = locale === "en" ? undefined : errorTexts[locale][english];
  const language = translated === undefined ? "en" : locale;
  const text = translated ?? english;
  if (!values) return text;
  return fill(
    text,
    Object.fromEntries(Object.entries(values).map(([name, v]) => [name, rendered(language, v)])),
  );
}
