# The site's layout, navigation and public pages.

site-name-default = Mujeres latinoamericanas en Bélgica

## Safety bar: first on every page
safety-bar-label = Tu seguridad
quick-exit = Salida rápida
quick-exit-hint = (sale de este sitio enseguida)
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
home-orientation-text = Salud, papeles, violencia, vivienda, trabajo, servicios belgas: escríbenos. Te respondemos en tu idioma.
home-orientation-button = Pedir orientación
home-support-text = Da tu tiempo, tus conocimientos o tus idiomas, o apoya nuestro trabajo desde tu organización.
home-support-button = Ofrecer tu apoyo
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
page-orientation-description = Escríbenos sobre salud, papeles, violencia, vivienda, trabajo o servicios belgas. Te respondemos en tu idioma.
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
error-too-many-requests-text = Recibimos muchos mensajes desde tu conexión. Por favor, espera un minuto y vuelve a intentarlo. No se envió nada de lo que escribiste.
error-bad-request-title = Algo salió mal
error-bad-request-text = No pudimos entender esta solicitud. Por favor, vuelve atrás e inténtalo de nuevo.
error-server-error-title = Lo sentimos, algo salió mal de nuestro lado
error-server-error-text = Por favor, vuelve a intentarlo en unos minutos. Si pasa otra vez, es culpa nuestra, no tuya.
error-unavailable-title = Ahora no podemos guardar nada
error-unavailable-text = Nuestro sistema no puede guardar nada en este momento, así que no se guardó nada. Por favor, vuelve a intentarlo en unos minutos.

form-coming-soon = Este formulario estará disponible pronto.

# Between a label and what follows it ("112: emergencies").
label-separator = {": "}
