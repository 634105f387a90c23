# The coordinators' back office.

admin-name = Panel de administración
admin-nav-label = Menú del panel de administración
admin-nav-requests = Solicitudes
admin-nav-content = Contenido
admin-nav-stats = Estadísticas
admin-nav-coordinators = Coordinadoras
admin-nav-site = Sitio público
admin-new-count = { $count ->
        [one] { $count } nueva
       *[other] { $count } nuevas
    }
admin-logout = Cerrar sesión

## Login
admin-login-title = Iniciar sesión
admin-password = Contraseña
admin-login-button = Entrar
admin-login-failed = El correo electrónico o la contraseña no son correctos.
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
admin-previous = Página anterior
admin-next = Página siguiente
admin-col-reference = Referencia
admin-col-kind = Tipo
admin-col-status = Estado
admin-col-subjects = Temas
admin-col-region = Región
admin-col-language = Idioma
admin-col-assigned = Asignada a
admin-col-created = Recibida
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
admin-audit-content_saved = guardó contenido
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

## Coordinators
admin-coordinators-title = Coordinadoras
admin-role = Rol
admin-role-admin = Administradora
admin-role-coordinator = Coordinadora
admin-remove = Quitar
admin-add-coordinator = Agregar una coordinadora
admin-password-hint = Por lo menos 12 caracteres. Entrégasela en persona, no por correo.
admin-make-admin = Administradora (gestiona las coordinadoras y el contenido)
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
