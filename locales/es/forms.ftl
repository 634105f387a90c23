# The two intake forms, their answers, and the emails they cause.

## Shared by both forms
form-error-prefix = Error:
form-optional = opcional
form-choose = Elige…
form-honeypot = Deja este campo vacío
form-error-summary = Por favor, revisa estas respuestas
form-title-with-errors = Error: { $title }
form-required-note = Los campos marcados «opcional» pueden quedar vacíos. Los demás campos son necesarios.
form-privacy-link = Qué hacemos con tus respuestas (privacidad)

## Orientation page
orientation-intro = Escríbenos. Te escuchamos. Te ayudamos a encontrar tu camino en Bélgica.
orientation-danger-title = ¿Estás en peligro ahora?
orientation-danger-text = Llama al número de emergencia
orientation-police = La policía:
orientation-lines-intro = Líneas de ayuda gratuitas (no son para emergencias):
orientation-line-partner-violence = violencia de tu pareja o expareja; línea anónima, en francés
orientation-line-1712 = violencia, en Flandes, en neerlandés; también por chat y por correo electrónico
orientation-line-sos-viol = SOS Viol, violencia sexual, en francés
orientation-line-cpvs = Si sufriste violencia sexual: los Centros de Atención a Víctimas de Violencia Sexual (CPVS / ZSG) están abiertos día y noche.
orientation-help-title = Cómo podemos ayudarte
orientation-help-text = Puedes escribirnos sobre cualquier pregunta. Por ejemplo, sobre salud, papeles, violencia, vivienda o trabajo. Te explicamos cómo funcionan las instituciones y los servicios de Bélgica. Te apoyamos y te acompañamos.
orientation-next-title = Qué pasa después de escribirnos
orientation-next-1 = Ves un número de referencia en la pantalla. Guárdalo solo si es seguro para ti.
orientation-next-2 = Una persona de nuestro equipo lee tu mensaje.
orientation-next-3 = Te contactamos de la forma que elegiste.
orientation-answer-time = Te respondemos en un máximo de { $days ->
        [one] { $days } día hábil
       *[other] { $days } días hábiles
    }.
orientation-answer-soon = Te respondemos lo antes posible.
orientation-private = Solo nuestro equipo lee tu mensaje. No lo enviamos por correo electrónico.
orientation-form-title = Escríbenos
orientation-reach-title = ¿Cómo podemos contactarte de forma segura?
orientation-reach-hint = Danos un correo electrónico, un número de teléfono o los dos. Elige un correo o un número que solo uses tú.
orientation-submit = Enviar mi mensaje

field-orientation-name = Tu nombre u otro nombre
field-orientation-name-hint = Puedes usar un nombre inventado.
field-email = Correo electrónico
field-phone = Número de teléfono
field-phone-hint = Un número belga empieza con 0 o con +32.
field-safe-to-message = ¿Podemos dejarte un mensaje (de voz o de texto)?
field-safe-to-message-hint = Si no eliges una respuesta, no dejaremos ningún mensaje.
field-best-time = ¿Cuándo podemos llamarte?
field-best-time-hint = Por ejemplo: de lunes a viernes, después de las 14:00
field-contact-language = ¿En qué idioma quieres nuestra respuesta?
field-region = ¿Dónde vives?
field-region-hint = Bruselas o tu provincia.
field-topics = ¿Sobre qué es tu pregunta?
field-topics-hint = Puedes elegir más de una opción.
field-orientation-message = Tu mensaje
field-orientation-message-hint = Cuéntanos qué necesitas, con tus propias palabras. Escribe solo lo que quieras compartir.
field-confirmation = Enviarme un correo de confirmación
field-confirmation-hint = Solo si es seguro para ti. El correo no dice lo que escribiste.
field-consent = Acepto que el equipo use mis respuestas para ayudarme.
field-consent-hint = Puedes pedirnos que las borremos en cualquier momento.
field-support-consent = Acepto que el equipo use mis respuestas para contactarme sobre mi propuesta.

## Support page
support-intro = ¿Quieres ayudar a las mujeres latinoamericanas en Bélgica? ¡Gracias! Hay muchas formas de ayudar.
support-next = Cuéntanos quién eres y cómo quieres ayudar. Nuestro equipo te contactará.
support-form-title = Tu propuesta
support-submit = Enviar mi propuesta
field-support-name = Tu nombre
field-support-email-hint = Te enviamos una confirmación a esta dirección.
field-help = ¿Cómo quieres ayudar?
field-help-hint = Puedes elegir más de una opción.
field-languages = ¿Qué idiomas hablas?
field-availability = ¿Cuándo estás disponible?
field-availability-hint = Por ejemplo: los sábados por la mañana, dos noches al mes
field-support-message = Tu mensaje

## Thank-you pages
thanks-title = Gracias
thanks-orientation-received = Recibimos tu mensaje.
thanks-support-received = Recibimos tu propuesta de apoyo.
thanks-reference-intro = Tu número de referencia:
thanks-reference-keep = Guarda este número solo si es seguro para ti. Dánoslo cuando te comuniques con nosotras.
thanks-reference-shown-once = Para proteger tu privacidad, mostramos tu número de referencia solo una vez.
thanks-quick-exit = Puedes salir de esta página ahora con el botón Salida rápida.
thanks-next-title = Qué pasa ahora
thanks-orientation-next = Una persona de nuestro equipo lee tu mensaje. Te contactamos de la forma que elegiste. Si estás en peligro, llama al 112.
thanks-support-next = Te enviamos un correo de confirmación. Nuestro equipo te contactará para los próximos pasos.

## Problems with an answer
error-too-long-short = Esta respuesta es demasiado larga. Por favor, escribe 120 caracteres como máximo.
error-too-long-message = Tu mensaje es demasiado largo. Por favor, escribe 5000 caracteres como máximo.
error-email-invalid = Este correo electrónico no parece correcto. Ejemplo: nombre@example.com
error-phone-invalid = Este número de teléfono no parece correcto. Usa solo números, espacios y +.
error-contact-required = Danos un correo electrónico o un número de teléfono para poder responderte.
error-language-required = Elige el idioma de nuestra respuesta.
error-region-required = Elige dónde vives.
error-topic-required = Elige por lo menos un tema.
error-confirmation-needs-email = Para recibir un correo de confirmación, escribe tu correo electrónico. O quita la marca de la casilla.
error-consent-required = Marca la casilla para aceptar. Así podemos usar tus respuestas.
error-name-required = Escribe tu nombre.
error-email-required = Escribe tu correo electrónico.
error-help-required = Elige por lo menos una forma de ayudar.
error-languages-required = Elige por lo menos un idioma.
error-rate-limited = Se enviaron demasiados formularios desde esta red. Por favor, espera un minuto y vuelve a enviar el formulario. Tus respuestas siguen aquí.
error-form-security = Por favor, vuelve a enviar el formulario. Tus respuestas siguen aquí.
error-form-too-fast = Por favor, vuelve a enviar el formulario. Tus respuestas siguen aquí.
error-form-rejected = No pudimos aceptar este formulario. Por favor, vuelve a enviarlo.
error-not-saved = No pudimos guardar tu mensaje. Tus respuestas siguen aquí. Vuelve a enviarlo en unos minutos. Si estás en peligro, llama al 112.

## Lists
region-brussels = Bruselas
region-antwerp = Amberes
region-east-flanders = Flandes Oriental
region-flemish-brabant = Brabante Flamenco
region-limburg = Limburgo
region-west-flanders = Flandes Occidental
region-hainaut = Henao
region-liege = Lieja
region-luxembourg = Luxemburgo
region-namur = Namur
region-walloon-brabant = Brabante Valón
region-outside-belgium = Fuera de Bélgica
region-not-said = Prefiero no decirlo

topic-health = Salud
topic-mental-health = Salud mental
topic-sexual-health = Salud sexual y reproductiva
topic-residence = Papeles de residencia y situación legal
topic-violence = Violencia
topic-housing = Vivienda
topic-work = Trabajo
topic-education = Educación y aprendizaje de idiomas
topic-social-services = Servicios sociales e instituciones
topic-discrimination = Discriminación
topic-other = Otro tema

help-volunteer = Hacer voluntariado
help-expertise = Compartir mis conocimientos o mi profesión
help-translate = Traducir o interpretar
help-event = Hablar en un evento u organizar uno
help-partner = Como organización aliada
help-donate = Hacer una donación

contact-lang-es = Español
contact-lang-en = Inglés
contact-lang-nl = Neerlandés
contact-lang-fr = Francés
contact-lang-pt = Portugués

spoken-lang-es = Español
spoken-lang-pt = Portugués
spoken-lang-en = Inglés
spoken-lang-nl = Neerlandés
spoken-lang-fr = Francés
spoken-lang-de = Alemán
spoken-lang-other = Otros idiomas

safe-message-yes = Sí
safe-message-no = No

## Emails
mail-label-reference = Referencia
mail-label-topics = Temas
mail-label-region = Región
mail-label-contact-language = Responder en
mail-open-request = Abrir la solicitud en el panel de administración
mail-orientation-alert-subject = Nueva solicitud de orientación { $reference }
mail-orientation-alert-heading = Nueva solicitud de orientación { $reference }
mail-orientation-alert-text = Alguien pide orientación. Por su seguridad, este correo no contiene su nombre, sus datos de contacto ni su mensaje: léelos en el panel de administración.
mail-support-alert-subject = Nueva propuesta de apoyo { $reference }
mail-support-alert-heading = Nueva propuesta de apoyo { $reference }
mail-support-alert-text = Alguien quiere apoyarnos. Responde a este correo para contestarle.
mail-confirmation-heading = Confirmación
mail-confirmation-reference = Tu número de referencia: { $reference }
mail-orientation-confirmation-subject = Confirmación
mail-orientation-confirmation-text = Recibimos tu mensaje. Te contactaremos como nos pediste.
mail-support-confirmation-subject = Gracias por tu propuesta – { $site }
mail-support-confirmation-heading = ¡Gracias!
mail-support-confirmation-text = Recibimos tu propuesta de apoyo. Nuestro equipo te contactará para los próximos pasos.
