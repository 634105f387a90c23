## Events: the public pages, the registration form, her private page, mail and calendar files.

nav-events = Agenda
page-events-title = Agenda
page-events-description = Talleres, debates y grupos focales: fechas, lugares e inscripción sin cuenta.
events-intro = Talleres, debates y grupos focales a los que puedes inscribirte sin crear una cuenta.
events-upcoming = Próximas fechas
events-none-upcoming = Por ahora no hay ninguna fecha anunciada. Las próximas aparecerán aquí.
events-past = Fechas pasadas
events-pages-label = Páginas de fechas pasadas
events-newer = Más recientes
events-older = Más antiguas
events-calendar-link = Añadir todas las fechas a tu calendario
events-calendar-title = Calendario de las próximas fechas
events-feed-link = Seguir las novedades (Atom)
events-feed-title = Próximas fechas (Atom)
home-next-events = Próximas fechas
home-all-events = Ver todas las fechas

event-kind-workshop = Taller
event-kind-debate = Debate
event-kind-focus_group = Grupo focal
event-kind-conference = Conferencia
event-kind-other = Encuentro
event-status-scheduled = Previsto
event-status-postponed = Aplazado
event-status-cancelled = Cancelado
event-access-step_free = Acceso sin escalones
event-access-sign_language = Lengua de signos
event-access-interpretation = Interpretación
event-access-childcare = Cuidado de niñas y niños
event-registration-confirmed = Tienes plaza
event-registration-waiting = En lista de espera
event-registration-cancelled = Inscripción cancelada
event-need-childcare = Cuidado de niñas y niños
event-need-interpreter = Una intérprete
event-need-access = Acceso sin escalones
event-need-other = Otra cosa

event-online = En línea
event-label-kind = Tipo
event-label-event = Actividad
event-label-when = Cuándo
event-label-where = Dónde
event-label-languages = Idiomas
event-label-accessibility = Para que todas puedan participar
event-label-places = Plazas
event-label-registration = Inscripción
event-belgian-time = hora de Bélgica
event-address-after-registering = La dirección exacta se muestra a quienes tienen plaza, en su página de inscripción.
event-places-left = { $count ->
        [one] Queda { $count } plaza
       *[other] Quedan { $count } plazas
    }
event-full = Completo
event-full-waiting-list = Completo: puedes apuntarte a la lista de espera
event-registration-until = Abierta hasta el { $when }
event-registration-opens = Se abre el { $when }
event-registration-closed = Cerrada
event-add-to-calendar = Añadir a mi calendario
event-form-title = Inscribirme
event-form-title-waiting = Apuntarme a la lista de espera
event-form-intro = No necesitas cuenta.
event-submit = Inscribirme
event-submit-waiting = Apuntarme a la lista de espera
field-event-name = Tu nombre u otro nombre
field-event-name-hint = Puede ser un nombre que no sea el tuyo.
field-places = Número de plazas
field-places-hint = Entre 1 y { $max }.
field-needs = ¿Necesitas algo para poder venir?
field-needs-hint = Marca lo que necesites.
field-interpreter-language = Idioma de la intérprete
field-needs-other = Otra necesidad, con tus palabras
field-event-mail = Enviarme una confirmación y un recordatorio por correo
field-event-mail-hint = Solo si es seguro para ti. Sin esta casilla no te escribimos.
field-event-consent = Acepto que el equipo guarde estas respuestas para organizar la actividad.
field-event-consent-hint = Se borran { $days ->
        [one] { $days } día
       *[other] { $days } días
    } después de la actividad. Puedes cancelar tu inscripción en cualquier momento.
error-places = Elige un número de plazas dentro del límite.
error-event-closed = La inscripción ya no está abierta.
error-event-full = Ya no quedan plazas.

registration-title = Tu inscripción
registration-title-neutral = Tu cita
registration-confirmed-heading = Tienes plaza
registration-waiting-heading = Estás en la lista de espera
registration-keep-link = Guarda el enlace de esta página: es la única forma de ver o cancelar tu inscripción. No lo compartas.
registration-label-state = Tu inscripción
registration-label-places = Plazas
registration-waiting-position = { $position ->
        [one] eres la primera en la lista
       *[other] puesto { $position } en la lista
    }
registration-private-link = Tu enlace privado:
registration-cancel-title = Cancelar mi inscripción
registration-cancel-text = Si no puedes venir, cancela: tu plaza pasará a otra persona.
registration-cancel-button = Cancelar mi inscripción
registration-cancelled-now = Tu inscripción está cancelada.

calendar-neutral-title = Cita
calendar-neutral-description = Los detalles están en tu enlace privado.

mail-label-event = Actividad
mail-label-when = Cuándo
mail-label-where = Dónde
mail-event-place-on-page = En tu página de inscripción
mail-event-open-page = Ver o cancelar tu inscripción
mail-event-neutral-subject = Tu cita del { $day } a las { $hour }
mail-event-confirmed-subject = Inscripción: { $title }, { $day }
mail-event-confirmed-heading = Tienes plaza
mail-event-confirmed-text = Tu inscripción está registrada. Si no puedes venir, cancélala desde el enlace de abajo.
mail-event-waiting-subject = Lista de espera: { $title }, { $day }
mail-event-waiting-heading = Estás en la lista de espera
mail-event-waiting-text = Si se libera una plaza, será tuya y te avisaremos.
mail-event-promoted-subject = Tienes plaza: { $title }, { $day }
mail-event-promoted-heading = Se liberó una plaza: es tuya
mail-event-promoted-text = Estabas en la lista de espera y ahora tienes plaza. Si no puedes venir, cancela desde el enlace de abajo.
mail-event-reminder-subject = Recordatorio: { $title }, { $day }
mail-event-reminder-heading = Recordatorio
mail-event-reminder-text = Te esperamos pronto.
mail-event-changed-subject = Cambio: { $title }, { $day }
mail-event-changed-heading = Hubo un cambio
mail-event-changed-text = La fecha, el horario, el lugar o el estado cambiaron. Estos son los datos actuales.
mail-event-event-cancelled-subject = Cancelado: { $title }, { $day }
mail-event-event-cancelled-heading = Cancelado
mail-event-event-cancelled-text = Lo sentimos: esta fecha está cancelada.
mail-event-registration-cancelled-subject = Inscripción cancelada: { $title }, { $day }
mail-event-registration-cancelled-heading = Inscripción cancelada
mail-event-registration-cancelled-text = Tu inscripción está cancelada.
mail-event-message-subject = Mensaje sobre { $title }
mail-event-message-heading = Un mensaje del equipo
