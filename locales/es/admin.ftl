# The coordinators' back office.

admin-name = Panel de administración
admin-nav-label = Menú del panel de administración
admin-nav-requests = Solicitudes
admin-nav-content = Contenido
admin-nav-stats = Estadísticas
admin-nav-coordinators = Coordinadoras
admin-nav-audit = Historial
admin-nav-site = Sitio público
admin-new-count = { $count ->
        [one] { $count } nueva
       *[other] { $count } nuevas
    }
admin-nav-mine = Mías
admin-nav-follow-ups = Seguimientos
admin-nav-volunteers = Voluntarias
admin-nav-people = Buscar a una persona
admin-overdue-count = { $count ->
        [one] { $count } atrasado
       *[other] { $count } atrasados
    }
admin-today-count = { $count } hoy
admin-logout = Cerrar sesión

## Login
admin-login-title = Iniciar sesión
admin-password = Contraseña
admin-login-button = Entrar
admin-login-failed = El correo electrónico, la contraseña o el código no son correctos.
admin-login-too-many = Demasiados intentos. Espera unos minutos y vuelve a intentarlo.

## Requests
admin-requests-title = Solicitudes
admin-new-summary = Nuevas: { $orientation } de orientación, { $support } de apoyo.
admin-filters = Filtrar las solicitudes
admin-any = Cualquiera
admin-from = Desde
admin-to = Hasta
admin-filter = Filtrar
admin-export = Exportar (CSV)
admin-no-requests = No hay solicitudes.
admin-pages = Páginas
admin-newest = Más recientes
admin-older = Anteriores
admin-col-reference = Referencia
admin-col-kind = Tipo
admin-col-status = Estado
admin-col-subjects = Temas
admin-col-region = Región
admin-col-language = Idioma
admin-col-assigned = Asignada a
admin-col-created = Recibida
admin-col-follow-up = Volver a llamar el
admin-table-named = Tabla: { $name }
admin-kind-orientation = Orientación
admin-kind-support = Apoyo
admin-status-new = Nueva
admin-status-in_progress = En curso
admin-status-closed = Cerrada

## A request
admin-request-title = Solicitud { $reference }
admin-back-to-inbox = Volver a todas las solicitudes
admin-closed-at = Cerrada
admin-what-she-sent = Lo que se envió
admin-not-answered = Sin respuesta
admin-form-language = Idioma del formulario
admin-handle = Gestionar
admin-save-status = Cambiar el estado
admin-nobody = Nadie
admin-assign = Asignar
admin-notes = Notas internas
admin-no-notes = Todavía no hay notas.
admin-new-note = Nueva nota
admin-add-note = Agregar la nota
admin-mails = Correos
admin-no-mails = No hay correos para esta solicitud.
admin-mail-to = Correo
admin-mail-coordinator = Aviso a una coordinadora
admin-mail-confirmation = Confirmación para quien la envió
admin-mail-attempts = Intentos
admin-mail-error = Último problema
admin-mail-sent = Fecha de envío
admin-mail-state-pending = En espera
admin-mail-state-sent = Enviado
admin-mail-state-failed = Falló
admin-resend = Volver a enviar
admin-actions = Acciones
admin-audit = Historial
admin-audit-viewed = vio la solicitud
admin-audit-status = cambió el estado
admin-audit-assigned = asignó la solicitud
admin-audit-note = agregó una nota
admin-audit-resent = volvió a enviar un correo
admin-audit-deleted = borró la solicitud
admin-audit-exported = exportó la lista
admin-audit-coordinator_added = añadió una coordinadora
admin-audit-coordinator_removed = quitó una coordinadora
admin-audit-role_changed = cambió un rol
admin-audit-password_changed = cambió una contraseña
admin-audit-signed_in = inició sesión
admin-audit-sign_in_failed = contraseña incorrecta
admin-audit-sessions_ended = cerró las otras sesiones
admin-audit-fresh_start = dio un nuevo comienzo
admin-audit-two_step_enrolled = activó el inicio de sesión en dos pasos
admin-audit-two_step_reset = quitó un inicio de sesión en dos pasos
admin-audit-recovery_codes_renewed = creó nuevos códigos de recuperación
admin-audit-recovery_code_used = entró con un código de recuperación
admin-audit-data_key_stored = indicó que guardó una copia de la clave de datos
admin-audit-content_saved = guardó contenido
admin-audit-follow_up = fijó el día para volver a llamar
admin-audit-contact_attempt = registró un intento de contacto
admin-audit-volunteer_status = cambió el estado de la voluntaria
admin-audit-person_searched = buscó a una persona
admin-audit-person_exported = exportó los datos de una persona
admin-audit-person_erased = borró los datos de una persona
item-kind-project = Proyecto
item-kind-activity = Actividad
admin-delete-title = Borrar esta solicitud
admin-delete-text = Esto borra para siempre lo que se envió, las notas y los correos. Hazlo cuando la persona lo pida o cuando la solicitud ya no sea necesaria.
admin-delete-confirm = Sí, borrar esta solicitud para siempre
admin-delete = Borrar

## Content
admin-content-title = Contenido
admin-content-intro = Edita los textos del sitio en los cuatro idiomas. Los cambios se ven en el sitio enseguida.
admin-content-new-project = Nuevo proyecto
admin-content-new-activity = Nueva actividad
admin-content-new-person = Nueva persona del equipo
admin-content-new-section = Nueva sección
admin-content-projects = Proyectos
admin-content-activities = Actividades
admin-content-people = Equipo
admin-content-page = Página: { $page }
admin-content-group = Dónde
admin-content-missing = Traducciones que faltan
admin-missing-translation = Falta la traducción
admin-unpublished = Sin publicar
admin-yes = Sí
admin-content-new = Nueva entrada
admin-content-edit = Editar: { $name }
admin-back-to-content = Volver a todo el contenido
admin-saved = Guardado.
admin-see-page = Ver la página
admin-field-slug = Dirección (slug)
admin-field-slug-hint = Letras minúsculas, números y guiones, igual en todos los idiomas. No se puede cambiar después.
admin-field-name = Nombre
admin-field-page = Página
admin-field-position = Orden
admin-field-position-hint = Los números más pequeños van primero.
admin-field-published = Publicado
admin-field-title = Título
admin-field-summary = Resumen
admin-field-body = Texto
admin-field-role = Rol
admin-field-bio = Sobre ella
admin-markdown-hint = Los textos usan Markdown: una línea vacía empieza un párrafo nuevo, una línea que empieza con "- " es un elemento de lista, **negrita**, *cursiva*.
admin-save = Guardar
admin-preview = Vista previa
admin-preview-label = Vista previa: así lo mostrará el sitio. Todavía no está guardado.
admin-preview-of = Vista previa en
admin-error-slug = La dirección solo puede tener letras minúsculas, números y guiones.
admin-error-slug-taken = Esta dirección ya está en uso.
admin-error-position = El orden debe ser un número entero.
admin-error-name = Escribe un nombre.
admin-error-page = Elige una página.
admin-error-no-text = Escribe el texto en por lo menos un idioma.

## Statistics
admin-stats-title = Estadísticas
admin-show = Mostrar
admin-total = Total
admin-stats-by-month = Solicitudes por mes
admin-stats-by-kind = Solicitudes por tipo
admin-stats-by-topic = Solicitudes de orientación por tema
admin-stats-by-help = Propuestas de apoyo por forma de ayudar
admin-stats-by-region = Solicitudes por región
admin-stats-by-language = Solicitudes por idioma
admin-stats-note = Se cuenta cuando llega cada solicitud: una solicitud borrada después sigue contando aquí. Los días se cuentan en hora universal (UTC).

## Coordinators
admin-coordinators-title = Coordinadoras
admin-role = Rol
admin-role-admin = Administradora
admin-role-coordinator = Coordinadora
admin-role-editor = Editora
admin-remove = Quitar
admin-add-coordinator = Agregar una coordinadora
admin-password-hint = Por lo menos 12 caracteres. Entrégasela en persona, no por correo.
admin-role-hint = Las administradoras hacen todo. Las coordinadoras gestionan las solicitudes, las voluntarias y las estadísticas. Las editoras solo editan el contenido del sitio: no ven ninguna solicitud.
admin-change-role = Cambiar el rol
admin-add = Agregar
admin-error-password-short = La contraseña necesita por lo menos 12 caracteres.
admin-error-email-taken = Ya existe una cuenta con este correo electrónico.

error-login-again = Vuelve a iniciar sesión, por favor.

admin-her-safety = Su seguridad: cómo contactarla

## Months, abbreviated, in back-office times ("4 Dec 2026, 04:48")
month-short-1 = ene
month-short-2 = feb
month-short-3 = mar
month-short-4 = abr
month-short-5 = may
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = sept
month-short-10 = oct
month-short-11 = nov
month-short-12 = dic

## Mías y seguimientos
admin-mine-title = Mías
admin-mine-assigned = Asignadas a mí
admin-mine-none = No tienes ninguna solicitud abierta asignada.
admin-mine-waiting = Nuevas, nadie las ha tomado todavía
admin-mine-waiting-hint = Primero las que más esperan. Abre una y asígnatela en «Gestionar».
admin-mine-none-waiting = Todas las solicitudes nuevas tienen a alguien.
admin-follow-ups-title = Seguimientos
admin-follow-ups-overdue = Atrasados
admin-follow-ups-today = Para hoy
admin-follow-ups-none = Nada aquí.
admin-follow-up = Volver a llamar el
admin-follow-up-save = Guardar el día
admin-follow-up-clear = Sin llamada
admin-follow-up-error = Escribe el día como año-mes-día, por ejemplo 2027-01-31.

## Intentos de contacto
admin-attempts = Intentos de contacto
admin-no-attempts = Todavía no hay intentos de contacto.
admin-attempt-outcome = Qué pasó
admin-attempt-record = Registrar
admin-attempt-no-messages = Ella dijo que no se le pueden dejar mensajes.
admin-attempt-confirm-needed = Ella dijo que no se le pueden dejar mensajes. Registra «mensaje dejado» solo si de verdad pasó.
admin-attempt-confirm = Pasó: registrar «mensaje dejado» de todos modos.
admin-attempt-no_answer = Llamada: no contestó
admin-attempt-spoke = Llamada: hablé con ella
admin-attempt-message_left = Llamada: mensaje dejado
admin-attempt-email_sent = Correo enviado
admin-attempt-met = Encuentro

## Voluntarias
admin-volunteers-title = Voluntarias
admin-volunteers-search = Nombre o referencia
admin-volunteers-search-hint = Palabras enteras del nombre, en mayúsculas o minúsculas, con o sin tildes. Para encontrar a alguien por su correo o su teléfono, usa «Buscar a una persona».
admin-volunteers-none = Ninguna voluntaria corresponde.
admin-volunteer-new = Nueva
admin-volunteer-contacted = Contactada
admin-volunteer-active = Activa
admin-volunteer-paused = En pausa
admin-volunteer-ended = Terminada

## Buscar a una persona
admin-people-title = Buscar a una persona
admin-people-intro = Todos los datos sobre una persona, encontrados con su correo o su teléfono: para mostrárselos, dárselos o borrar lo que tenemos sobre ella. Cada búsqueda queda en el historial, sin el correo ni el número.
admin-people-contact = Correo electrónico o teléfono
admin-people-contact-hint = Como ella lo dio. Un número sin código de país se lee como belga.
admin-people-error = Escribe un correo (nombre@example.org) o un número de teléfono.
admin-people-find = Buscar
admin-people-found = { $count ->
    [0] No se encontró nada
    [one] Se encontró un registro
   *[other] Se encontraron { $count } registros
}
admin-people-export-page = Mostrar todo para imprimir
admin-people-export-json = Descargar todo (JSON)
admin-people-export-title = Todo lo que tenemos sobre esta persona
admin-people-export-print = Imprime esta página o guárdala como PDF con tu navegador. Contiene todo: guárdala con cuidado y borra tu copia cuando ella la tenga.
admin-people-erase-title = Borrar todo
admin-people-erase-text = Borra estos registros con sus notas, intentos de contacto y correos, de una vez. Las copias de seguridad los guardan hasta que se reemplazan.
admin-people-erase-confirm = { $count ->
    [one] Comprobé que es ella: borrar este registro.
   *[other] Comprobé que es ella: borrar estos { $count } registros.
}
admin-people-erase = Borrar
admin-people-confirm-missing = Marca la casilla para confirmar el borrado.
admin-people-erased = { $count ->
    [0] No se borró nada.
    [one] Se borró un registro.
   *[other] Se borraron { $count } registros.
}

## Her account
admin-account-title = Tu cuenta
admin-password-change = Cambia tu contraseña
admin-password-current = Contraseña actual
admin-password-new = Nueva contraseña
admin-password-new-hint = Al menos 12 caracteres, difícil de adivinar: varias palabras poco comunes funcionan bien.
admin-password-repeat = Nueva contraseña, otra vez
admin-password-save = Cambiar la contraseña
admin-password-changed = Tu contraseña cambió. Tus otras sesiones terminaron.
admin-error-password-current = Esta no es tu contraseña actual.
admin-error-password-repeat = Las dos contraseñas nuevas no son iguales.
admin-error-password-guessable = Esta contraseña es demasiado fácil de adivinar. Usa varias palabras poco comunes, no un nombre, una fecha ni una frase conocida.
admin-sessions-title = Dónde has iniciado sesión
admin-sessions-intro = Cada navegador donde tu cuenta está abierta. Solo se guardan el navegador y el sistema, nunca una dirección.
admin-session-this = Este navegador
admin-session-started = Inicio de sesión
admin-session-used = Último uso
admin-sessions-end-others = Cerrar sesión en todos los demás
admin-sessions-ended = Todas las otras sesiones terminaron.
admin-unknown-browser = Un navegador desconocido

## History
admin-audit-title = Historial del panel
admin-audit-intro = Quién hizo qué, y cuándo: inicios de sesión, cuentas y roles, contraseñas, exportaciones, y quién abrió qué solicitud. Nunca se guarda una dirección.
admin-audit-sign-ins = Inicios de sesión desde el { $from }
admin-audit-log = Todas las acciones
admin-audit-person = Persona
admin-audit-action = Acción
admin-audit-when = Cuándo
admin-audit-detail = Detalle
admin-audit-none = Nada aquí.
admin-fresh-start = Nuevo comienzo
admin-fresh-start-title = Un nuevo comienzo
admin-fresh-start-made = Todas las sesiones de { $name } terminaron. Dale tú misma este enlace, en persona o por teléfono: no se envía ningún correo.
admin-fresh-start-link = El enlace
admin-fresh-start-link-hint = Funciona una sola vez, durante 24 horas. Le permite elegir una nueva contraseña.
admin-fresh-start-intro = { $name }, elige una nueva contraseña para el panel. Después, inicia sesión con ella.
admin-fresh-start-gone = Este enlace ya no funciona: se usó, caducó o uno más nuevo lo reemplazó. Pide uno nuevo a una administradora.

## Two-step sign-in
admin-login-code = Código
admin-login-code-hint = El código de seis cifras de tu aplicación de autenticación, o uno de tus códigos de recuperación. Déjalo vacío si todavía no has activado el inicio de sesión en dos pasos.
admin-two-step-set = Activado
admin-two-step-not-set = Sin activar
admin-two-step-title = Inicio de sesión en dos pasos
admin-two-step-required = Antes que nada, activa el inicio de sesión en dos pasos. Protege lo que las mujeres nos han confiado, aunque alguien llegue a conocer tu contraseña.
admin-two-step-intro = Después de tu contraseña, el panel pide un código de seis cifras que una aplicación de tu teléfono crea de nuevo cada 30 segundos. Cada código sirve una sola vez.
admin-two-step-step-app = Abre una aplicación de autenticación en tu teléfono (cualquiera sirve; entre las libres y gratuitas están Aegis y FreeOTP).
admin-two-step-step-scan = Añade una cuenta en la aplicación y escanea este código, o escribe la clave que aparece debajo.
admin-two-step-qr-alt = Código QR de la clave para tu aplicación de autenticación (la misma clave está escrita debajo)
admin-two-step-key = Clave:
admin-two-step-step-code = El código de seis cifras que muestra ahora tu aplicación
admin-two-step-confirm = Activar el inicio de sesión en dos pasos
admin-two-step-keep-old = Seguir con el teléfono que tengo
admin-two-step-on = El inicio de sesión en dos pasos está activado.
admin-two-step-off = El inicio de sesión en dos pasos todavía no está activado.
admin-two-step-manage = Códigos de recuperación y nuevo teléfono
admin-two-step-set-up = Activar el inicio de sesión en dos pasos
admin-two-step-new-phone = Pasar a un teléfono nuevo
admin-two-step-new-phone-hint = Configura la aplicación en el teléfono nuevo. El teléfono actual sigue funcionando hasta que el nuevo haya dado su primer código.
admin-two-step-start-again = Esta configuración ya no es válida. Escanea el nuevo código de abajo.
admin-two-step-wrong-code = Este código no coincide. Escribe el código que muestra ahora tu aplicación (cambia cada 30 segundos) y comprueba que la hora del teléfono sea correcta.
admin-recovery-codes-title = Códigos de recuperación
admin-recovery-codes-left = { $count ->
        [one] Te queda { $count } código de recuperación sin usar.
       *[other] Te quedan { $count } códigos de recuperación sin usar.
    }
admin-recovery-codes-renew = Crear nuevos códigos de recuperación
admin-recovery-codes-renew-hint = Tus códigos de recuperación actuales dejarán de funcionar.
admin-recovery-codes-intro = Si pierdes tu teléfono, cada uno de estos códigos te permite entrar una vez, en lugar del código de tu aplicación. Imprímelos o anótalos, y guárdalos lejos de tu teléfono.
admin-recovery-codes-once = Solo se muestran esta vez: los guardamos de una forma que no se puede volver a leer.
admin-recovery-codes-done = Ya los he guardado: continuar

## Warnings that need a person
admin-warnings-label = Requiere atención
admin-warning-mail = { $count ->
        [one] El correo no está saliendo: { $count } mensaje espera, el más antiguo desde { $since }. Puede que las coordinadoras no se enteren de las nuevas solicitudes: revisa la configuración del correo (SMTP_URL) y el registro del servidor.
       *[other] El correo no está saliendo: { $count } mensajes esperan, el más antiguo desde { $since }. Puede que las coordinadoras no se enteren de las nuevas solicitudes: revisa la configuración del correo (SMTP_URL) y el registro del servidor.
    }
admin-warning-backup-failed = La última copia de seguridad falló ({ $when }). El registro del servidor dice por qué; revisa la carpeta de copias (BACKUP_DIR).
admin-warning-backup-old = La copia de seguridad más reciente tiene más de dos días ({ $when }). Comprueba que el servidor funciona y puede escribir en la carpeta de copias (BACKUP_DIR).
admin-warning-data-key = La clave que cifra lo que escribieron las mujeres se creó en este servidor (el archivo data.key de la carpeta de datos) y nadie ha indicado que guardó una copia. Sin ella no se puede leer ninguna copia de seguridad. Guarda una copia en un lugar seguro, aparte de las copias de seguridad.
admin-warning-data-key-stored = He guardado una copia de la clave
admin-warning-data-key-admins = Una administradora debe guardar una copia y confirmarlo aquí.
admin-warning-disk = El disco de la carpeta de datos está casi lleno: quedan { $megabytes } MB. Cuando se llene, los formularios ya no podrán recibir solicitudes.
