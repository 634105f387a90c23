# The site's layout, navigation and public pages.

site-name-default = Mujeres latinoamericanas en Bélgica

## Safety bar: first on every page
safety-bar-label = Tu seguridad
quick-exit = Salida rápida
quick-exit-hint = (sale de este sitio enseguida)
# Read by screen readers while Shift is pressed three times.
quick-exit-shift-1 = Presiona la tecla Mayús dos veces más para salir de esta página.
quick-exit-shift-2 = Presiona la tecla Mayús una vez más para salir de esta página.
quick-exit-leaving = Saliendo de esta página.
safety-note = ¿Alguien puede revisar tu teléfono o tu computadora?
safety-note-link = Cómo navegar con seguridad

skip-to-content = Saltar al contenido
language-switcher = Idioma
nav-label = Menú principal
footer-nav-label = Más
breadcrumb-label = Estás aquí

nav-home = Inicio
nav-about = Quiénes somos
nav-projects = Proyectos
nav-activities = Actividades
nav-team = Equipo
nav-privacy = Privacidad
nav-safety = Navegar con seguridad

## Calls to action: on every page
cta-orientation = ¿Necesitas orientación?
cta-support = Quiero apoyar

footer-emergency = ¿Estás en peligro ahora? Llama al 112. Es gratis.
footer-no-trackers = Este sitio no usa rastreadores ni publicidad.

## Home page
home-orientation-text = Puedes escribirnos sobre salud, papeles, violencia, vivienda, trabajo u otro tema. Te ayudamos a entender las instituciones y los servicios de Bélgica.
home-orientation-button = Pedir orientación
home-support-text = Da tu tiempo, tus conocimientos o los idiomas que hablas, o apoya nuestro trabajo desde tu organización.
home-support-button = Ofrece tu apoyo
home-all-projects = Ver todos los proyectos
home-all-activities = Ver todas las actividades
home-about-link = Conoce nuestra misión y nuestro trabajo

## Titles and descriptions of the pages
page-home-title = Inicio
page-home-description = Mujeres latinoamericanas en Bélgica: apoyo mutuo, orientación, proyectos y actividades, en español, inglés, neerlandés y francés.
page-about-title = Quiénes somos
page-about-description = Nuestra misión y nuestros objetivos, por qué decimos «mujeres latinas», lo que compartimos, nuestras investigaciones y nuestras redes.
page-projects-title = Proyectos
page-projects-description = Nuestros proyectos con y para las mujeres latinoamericanas en Bélgica.
page-activities-title = Actividades
page-activities-description = Investigación, grupos focales, entrevistas, eventos literarios y conferencias.
page-team-title = Equipo
page-team-description = El equipo que da voz a las mujeres latinas migrantes.
page-privacy-title = Privacidad
page-privacy-description = Qué datos recogemos, para qué, cuánto tiempo los guardamos y cómo pedirnos que los borremos.
page-safety-title = Navegar con seguridad
page-safety-description = Cómo visitar este sitio con más seguridad: la salida rápida, tu historial, los teléfonos y las computadoras compartidos.
page-orientation-title = ¿Necesitas orientación?
page-orientation-description = Escríbenos tu pregunta. Te ayudamos a entender las instituciones y los servicios de Bélgica.
page-support-title = Quiero apoyar
page-support-description = Haz voluntariado, comparte tus conocimientos, traduce, organiza un evento o colabora con nosotras.

## Error pages
error-home-link = Ir a la página de inicio
error-not-found-title = Página no encontrada
error-not-found-text = Esta página no existe. Tal vez la dirección está mal, o la página cambió de lugar.
error-method-not-allowed-title = No es posible
error-method-not-allowed-text = Esta página no se puede usar de esta forma.
error-too-large-title = Demasiado texto
error-too-large-text = Lo que enviaste es demasiado largo. Por favor, hazlo más corto y vuelve a intentarlo.
error-too-many-requests-title = Por favor, espera un momento
error-too-many-requests-text = Llegaron demasiadas solicitudes desde esta red. Por favor, espera un minuto y vuelve a intentarlo. No se envió nada de lo que escribiste.
error-bad-request-title = Algo salió mal
error-bad-request-text = No pudimos entender esta solicitud. Por favor, vuelve atrás e inténtalo de nuevo.
error-server-error-title = Lo sentimos, algo salió mal de nuestro lado
error-server-error-text = Por favor, vuelve a intentarlo en unos minutos. Si pasa otra vez, es culpa nuestra, no tuya.
error-unavailable-title = Ahora no podemos guardar nada
error-unavailable-text = Nuestro sistema no puede guardar nada en este momento, así que no se guardó nada. Por favor, vuelve a intentarlo en unos minutos.

# Between a label and what follows it ("112: emergencies").
label-separator = {": "}

## Contact block: the organisation's own email and phone, shown only when configured
contact-title = Contacto
contact-email-label = Correo electrónico
contact-phone-label = Teléfono

## Privacy page: the generated cookie table
# Lifetimes: $minutes, $days and $hours are whole numbers.
cookie-table-caption = Todas las cookies que este sitio puede guardar
cookie-col-name = Nombre
cookie-col-purpose = Para qué sirve
cookie-col-lifetime = Cuánto tiempo se queda
cookie-lang-purpose = Recuerda el idioma que elegiste en el menú de idiomas.
cookie-form-purpose = Se guarda cuando abres un formulario. Nos permite comprobar que el formulario se envió realmente desde este sitio. Contiene un código al azar y nada sobre ti.
cookie-flash-purpose = Se guarda por unos minutos después de que envías un formulario, para que la página siguiente pueda mostrar tu número de referencia una vez. Se borra cuando se muestra esa página.
cookie-session-purpose = Solo para las coordinadoras que entran en la parte privada del sitio: mantiene su sesión abierta.
cookie-lifetime-browser = Hasta que cierres el navegador
cookie-lifetime-minutes = Como máximo { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
cookie-lifetime-days = { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
cookie-lifetime-sign-in = Hasta cerrar la sesión, como máximo { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }

## Privacy page: the retention period, used inside a sentence ("deleted after 30 days")
retention-period = { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
