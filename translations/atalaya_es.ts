<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AlertDetail</name>
    <message>
        <source>Select an alert to see its history and acknowledge it.</source>
        <translation>Seleccione una alerta para ver su historial y confirmarla.</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Mostrar en el mapa</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>Mostrar %1 en el mapa</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regla: %1</translation>
    </message>
    <message>
        <source>raised %1</source>
        <translation>activada: %1</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>resuelta: %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>✓ Acknowledged by %1 at %2: “%3”</source>
        <translation>✓ Confirmada por %1 (%2): “%3”</translation>
    </message>
    <message>
        <source>✓ Acknowledged by %1 at %2</source>
        <translation>✓ Confirmada por %1 (%2)</translation>
    </message>
    <message>
        <source>○ Not acknowledged</source>
        <translation>○ Sin confirmar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>This is the alert as it stood at the time cursor. Go live (Ctrl+L) to acknowledge or comment.</source>
        <translation>Así estaba la alerta en el momento del cursor de tiempo. Vuelva al directo (Ctrl+L) para confirmarla o comentarla.</translation>
    </message>
    <message>
        <source>Comment (what was done, who was called)</source>
        <translation>Comentario (qué se hizo, a quién se llamó)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Acknowledge again</source>
        <translation>Confirmar de nuevo</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Acknowledge the alert with the comment</source>
        <translation>Confirmar la alerta con el comentario</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Añadir comentario</translation>
    </message>
    <message>
        <source>Add the comment to the alert&apos;s history</source>
        <translation>Añadir el comentario al historial de la alerta</translation>
    </message>
    <message>
        <source>Your database role (%1) may only view alerts: acknowledging and commenting them needs the editor role.</source>
        <translation>Su rol de base de datos (%1) solo puede ver las alertas: confirmarlas y comentarlas requiere el rol de editor.</translation>
    </message>
</context>
<context>
    <name>AlertList</name>
    <message>
        <source>Open alerts, most severe first</source>
        <translation>Alertas abiertas, las más graves primero</translation>
    </message>
    <message>
        <source>Resolved alerts, newest first</source>
        <translation>Alertas resueltas, las más recientes primero</translation>
    </message>
</context>
<context>
    <name>AlertMap</name>
    <message>
        <source>Map of the open alerts, each at its place with its severity&apos;s shape. Arrow keys pan, plus and minus zoom, 0 shows the whole city.</source>
        <translation>Mapa de las alertas abiertas, cada una en su lugar con la forma de su gravedad. Las flechas desplazan, más y menos cambian el zoom, 0 muestra toda la ciudad.</translation>
    </message>
</context>
<context>
    <name>AlertRow</name>
    <message>
        <source>%1: %2. %3. Raised %4.</source>
        <translation>%1: %2. %3. Activada: %4.</translation>
    </message>
    <message>
        <source>Acknowledged by %1.</source>
        <translation>Confirmada por %1.</translation>
    </message>
    <message>
        <source>Not acknowledged.</source>
        <translation>Sin confirmar.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>✓ Resolved</source>
        <translation>✓ Resuelta</translation>
    </message>
    <message>
        <source>✓ Acknowledged by %1</source>
        <translation>✓ Confirmada por %1</translation>
    </message>
    <message>
        <source>○ Not acknowledged</source>
        <translation>○ Sin confirmar</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Mostrar en el mapa</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>Mostrar %1 en el mapa</translation>
    </message>
</context>
<context>
    <name>AlertRuleDialog</name>
    <message>
        <source>Above / rises</source>
        <translation>Por encima / sube</translation>
    </message>
    <message>
        <source>Below / falls</source>
        <translation>Por debajo / baja</translation>
    </message>
    <message>
        <source>Edit rule “%1”</source>
        <translation>Editar la regla “%1”</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Añadir una regla</translation>
    </message>
    <message numerus="yes">
        <source>Saving rewrites the rules file with the rules that run; the %n rule(s) with problems are left out.</source>
        <translation>
            <numerusform>Al guardar se reescribe el archivo de reglas con las reglas que se ejecutan; queda fuera la %n regla con problemas.</numerusform>
            <numerusform>Al guardar se reescribe el archivo de reglas con las reglas que se ejecutan; quedan fuera las %n reglas con problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Id (unique in the file)</source>
        <translation>Id (único en el archivo)</translation>
    </message>
    <message>
        <source>beach-full</source>
        <translation>playa-llena</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Beach over capacity</source>
        <translation>Playa con el aforo superado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Subjects (codes or names, * for any)</source>
        <translation>Elementos vigilados (códigos o nombres, * para todos)</translation>
    </message>
    <message>
        <source>demo/beach-*</source>
        <translation>demo/beach-*</translation>
    </message>
    <message>
        <source>Sensor type (sensor readings only)</source>
        <translation>Tipo de sensor (solo lecturas de sensores)</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>cualquier tipo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Clears at (empty: the limit)</source>
        <translation>Se resuelve en (vacío: el límite)</translation>
    </message>
    <message>
        <source>For at least (minutes)</source>
        <translation>Durante al menos (minutos)</translation>
    </message>
    <message>
        <source>Change by at least</source>
        <translation>Cambio de al menos</translation>
    </message>
    <message>
        <source>Within (minutes)</source>
        <translation>En un plazo de (minutos)</translation>
    </message>
    <message>
        <source>Change in percent</source>
        <translation>Cambio porcentual</translation>
    </message>
    <message>
        <source>No new data for (minutes)</source>
        <translation>Sin datos nuevos durante (minutos)</translation>
    </message>
    <message>
        <source>Score at least (robust z)</source>
        <translation>Puntuación mínima (z robusta)</translation>
    </message>
    <message>
        <source>Compared with the last (weeks)</source>
        <translation>Comparado con las últimas (semanas)</translation>
    </message>
    <message>
        <source>At least (past values)</source>
        <translation>Al menos (valores anteriores)</translation>
    </message>
    <message>
        <source>Inside region (code)</source>
        <translation>Dentro de la región (código)</translation>
    </message>
    <message>
        <source>or an area below</source>
        <translation>o un área más abajo</translation>
    </message>
    <message>
        <source>Or inside the area (longitude latitude, comma between points)</source>
        <translation>O dentro del área (longitud latitud, coma entre puntos)</translation>
    </message>
    <message>
        <source>2.17 41.37, 2.20 41.37, 2.20 41.39</source>
        <translation>2.17 41.37, 2.20 41.37, 2.20 41.39</translation>
    </message>
    <message>
        <source>Rule on (raises alerts)</source>
        <translation>Regla activa (genera alertas)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the rule to the rules file</source>
        <translation>Guardar la regla en el archivo de reglas</translation>
    </message>
</context>
<context>
    <name>AlertRulesView</name>
    <message>
        <source>Rules file: %1</source>
        <translation>Archivo de reglas: %1</translation>
    </message>
    <message>
        <source>No rules file: no alerts are raised. Add a rule to create one.</source>
        <translation>No hay archivo de reglas: no se genera ninguna alerta. Añada una regla para crearlo.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose another alert rules file</source>
        <translation>Elegir otro archivo de reglas de alerta</translation>
    </message>
    <message>
        <source>Reload file</source>
        <translation>Recargar archivo</translation>
    </message>
    <message>
        <source>Read the rules file again</source>
        <translation>Volver a leer el archivo de reglas</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Añadir regla…</translation>
    </message>
    <message>
        <source>Add an alert rule</source>
        <translation>Añadir una regla de alerta</translation>
    </message>
    <message>
        <source>%1 The rules file was not used: %2</source>
        <translation>%1 No se usó el archivo de reglas: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n rule(s) of the file could not run; the other rules run.</source>
        <translation>
            <numerusform>%1 %n regla del archivo no se pudo ejecutar; las demás reglas se ejecutan.</numerusform>
            <numerusform>%1 %n reglas del archivo no se pudieron ejecutar; las demás reglas se ejecutan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Reglas de alerta</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3: %4</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · off</source>
        <translation>%1 · %2 · desactivada</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the rule %1</source>
        <translation>Editar la regla %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the rule %1</source>
        <translation>Quitar la regla %1</translation>
    </message>
    <message>
        <source>Choose an alert rules file</source>
        <translation>Elegir un archivo de reglas de alerta</translation>
    </message>
    <message>
        <source>Alert rules (*.json)</source>
        <translation>Reglas de alerta (*.json)</translation>
    </message>
    <message>
        <source>Remove the rule “%1” from the rules file? Its alerts stay in the history.</source>
        <translation>¿Quitar la regla “%1” del archivo de reglas? Sus alertas se quedan en el historial.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Shared store: atalaya-ingest evaluates the rules (its --rules file) for every workstation; this desktop only edits the file %1.</source>
        <translation>Almacén compartido: atalaya-ingest evalúa las reglas (su archivo --rules) para todos los puestos de trabajo; desde este puesto solo se edita el archivo %1.</translation>
    </message>
</context>
<context>
    <name>AlertSeverityMarker</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>AlertStore</name>
    <message>
        <source>Cannot acknowledge alert %1: say who acknowledges it.</source>
        <translation>No se puede confirmar la alerta %1: indique quién la confirma.</translation>
    </message>
    <message>
        <source>Cannot acknowledge alert %1: the store cannot be read (%2).</source>
        <translation>No se puede confirmar la alerta %1: no se puede leer el almacén (%2).</translation>
    </message>
    <message>
        <source>Cannot acknowledge alert %1: there is no such alert.</source>
        <translation>No se puede confirmar la alerta %1: esa alerta no existe.</translation>
    </message>
    <message>
        <source>Cannot acknowledge alert %1 at %2: it was raised later, at %3.</source>
        <translation>No se puede confirmar la alerta %1 en %2: se generó más tarde, en %3.</translation>
    </message>
    <message>
        <source>Cannot acknowledge alert %1: it was resolved at %2; add a comment instead.</source>
        <translation>No se puede confirmar la alerta %1: se resolvió en %2; añada un comentario en su lugar.</translation>
    </message>
    <message>
        <source>Cannot acknowledge alert %1: the store refused the change (%2).</source>
        <translation>No se puede confirmar la alerta %1: el almacén rechazó el cambio (%2).</translation>
    </message>
    <message>
        <source>Cannot comment on alert %1: the comment is empty.</source>
        <translation>No se puede comentar la alerta %1: el comentario está vacío.</translation>
    </message>
    <message>
        <source>Cannot comment on alert %1: say who writes the comment.</source>
        <translation>No se puede comentar la alerta %1: indique quién escribe el comentario.</translation>
    </message>
    <message>
        <source>Cannot comment on alert %1: there is no such alert.</source>
        <translation>No se puede comentar la alerta %1: esa alerta no existe.</translation>
    </message>
    <message>
        <source>Cannot comment on alert %1 at %2: it was raised later.</source>
        <translation>No se puede comentar la alerta %1 en %2: se generó más tarde.</translation>
    </message>
    <message>
        <source>Cannot comment on alert %1: the store refused the comment (%2).</source>
        <translation>No se puede comentar la alerta %1: el almacén rechazó el comentario (%2).</translation>
    </message>
</context>
<context>
    <name>AlertToast</name>
    <message>
        <source>New %1 alert: %2. %3</source>
        <translation>Nueva alerta (%1): %2. %3</translation>
    </message>
    <message>
        <source>Enter opens the alert, Escape closes this notification.</source>
        <translation>Intro abre la alerta, Escape cierra esta notificación.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the notification</source>
        <translation>Cerrar la notificación</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>No open alerts</source>
        <translation>Sin alertas abiertas</translation>
    </message>
    <message>
        <source>%1 Critical: %2</source>
        <translation>%1 Críticas: %2</translation>
    </message>
    <message>
        <source>%1 Warning: %2</source>
        <translation>%1 Avisos: %2</translation>
    </message>
    <message>
        <source>%1 Information: %2</source>
        <translation>%1 Informativas: %2</translation>
    </message>
    <message>
        <source>Not acknowledged: %1</source>
        <translation>Sin confirmar: %1</translation>
    </message>
    <message>
        <source>As they stood at %1</source>
        <translation>Estado a fecha de %1</translation>
    </message>
    <message>
        <source>Alert lists</source>
        <translation>Listas de alertas</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>Abiertas (%1)</translation>
    </message>
    <message>
        <source>Resolved (%1)</source>
        <translation>Resueltas (%1)</translation>
    </message>
    <message>
        <source>Rules (%1) %2</source>
        <translation>Reglas (%1) %2</translation>
    </message>
    <message>
        <source>Rules (%1)</source>
        <translation>Reglas (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Rules, %n problem(s)</source>
        <translation>
            <numerusform>Reglas, %n problema</numerusform>
            <numerusform>Reglas, %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>No open alerts. New ones appear here and on the navigation rail.</source>
        <translation>No hay alertas abiertas. Las nuevas aparecen aquí y en la barra de navegación.</translation>
    </message>
    <message>
        <source>No alerts were open at this moment.</source>
        <translation>No había alertas abiertas en este momento.</translation>
    </message>
    <message>
        <source>No alert was resolved in the week before this moment.</source>
        <translation>No se resolvió ninguna alerta en la semana anterior a este momento.</translation>
    </message>
</context>
<context>
    <name>CityMap</name>
    <message>
        <source>Map of %1. Arrow keys pan, plus and minus zoom, 0 shows the whole city.</source>
        <translation>Mapa de %1. Las flechas desplazan, más y menos cambian el zoom, 0 muestra toda la ciudad.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is not text (it looks like an image, an archive or a spreadsheet workbook); save it as CSV first.</source>
        <translation>El archivo no es de texto (parece una imagen, un archivo comprimido o un libro de hoja de cálculo); guárdelo primero como CSV.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field opens here and is never closed.</source>
        <translation>Línea %1: aquí se abre un campo entre comillas que nunca se cierra.</translation>
    </message>
</context>
<context>
    <name>DaySlider</name>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pausa</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Reproducir</translation>
    </message>
    <message>
        <source>Pause the replay</source>
        <translation>Pausar la reproducción</translation>
    </message>
    <message>
        <source>Replay the epidemic day by day</source>
        <translation>Reproducir la epidemia día a día</translation>
    </message>
    <message>
        <source>Replay day by day (Ctrl+Shift+P)</source>
        <translation>Reproducir día a día (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Day shown: %1</source>
        <translation>Día mostrado: %1</translation>
    </message>
</context>
<context>
    <name>DemoCity</name>
    <message>
        <source>Writing the demo city failed: %1</source>
        <translation>No se pudo escribir la ciudad de demostración: %1</translation>
    </message>
    <message>
        <source>Drawing the coastline and the river</source>
        <translation>Trazando la costa y el río</translation>
    </message>
    <message>
        <source>Laying out districts and neighbourhoods</source>
        <translation>Trazando distritos y barrios</translation>
    </message>
    <message>
        <source>Placing services</source>
        <translation>Situando los servicios</translation>
    </message>
    <message>
        <source>Simulating two years of the epidemic</source>
        <translation>Simulando dos años de epidemia</translation>
    </message>
    <message>
        <source>Writing the demo city failed: cannot set %1.</source>
        <translation>No se pudo escribir la ciudad de demostración: no se puede fijar %1.</translation>
    </message>
    <message>
        <source>Writing epidemic figures</source>
        <translation>Escribiendo las cifras de la epidemia</translation>
    </message>
    <message>
        <source>Writing hospital bed reports</source>
        <translation>Escribiendo los partes de camas de los hospitales</translation>
    </message>
    <message>
        <source>Recording occupancy sensors</source>
        <translation>Registrando los sensores de ocupación</translation>
    </message>
    <message>
        <source>Cannot write the demo city: the store is not open.</source>
        <translation>No se puede escribir la ciudad de demostración: el almacén no está abierto.</translation>
    </message>
    <message>
        <source>Cannot write the demo city: the store already holds the city &quot;%1&quot;. Use a new, empty store.</source>
        <translation>No se puede escribir la ciudad de demostración: el almacén ya contiene la ciudad «%1». Use un almacén nuevo y vacío.</translation>
    </message>
    <message>
        <source>Cannot write the demo city: the store cannot be read (%1).</source>
        <translation>No se puede escribir la ciudad de demostración: no se puede leer el almacén (%1).</translation>
    </message>
    <message>
        <source>Cannot write the demo city: the store already holds regions, services or sites. Use a new, empty store.</source>
        <translation>No se puede escribir la ciudad de demostración: el almacén ya contiene regiones, servicios o lugares. Use un almacén nuevo y vacío.</translation>
    </message>
    <message>
        <source>Writing the demo city failed: the transaction could not be committed (%1).</source>
        <translation>No se pudo escribir la ciudad de demostración: no se pudo confirmar la transacción (%1).</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Replaying alerts</source>
        <translation>Reproduciendo las alertas</translation>
    </message>
    <message>
        <source>Writing the demo city&apos;s alert history failed.</source>
        <translation>No se pudo escribir el historial de alertas de la ciudad de demostración.</translation>
    </message>
    <message>
        <source>Writing the demo city failed: its tables could not be analysed for the alert replay (%1).</source>
        <translation>No se pudo escribir la ciudad de demostración: no se pudieron analizar sus tablas para la reproducción de las alertas (%1).</translation>
    </message>
    <message>
        <source>Writing the demo city failed: the id sequences cannot be moved past its rows (%1).</source>
        <translation>No se pudo escribir la ciudad de demostración: no se pueden avanzar las secuencias de id más allá de sus filas (%1).</translation>
    </message>
</context>
<context>
    <name>DetachedPagePlaceholder</name>
    <message>
        <source>%1 is shown in its own window.</source>
        <translation>%1 se muestra en su propia ventana.</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Traer de vuelta</translation>
    </message>
    <message>
        <source>Bring %1 back into this window</source>
        <translation>Devolver %1 a esta ventana</translation>
    </message>
    <message>
        <source>Show its window</source>
        <translation>Mostrar su ventana</translation>
    </message>
    <message>
        <source>Raise the window of %1</source>
        <translation>Traer al frente la ventana de %1</translation>
    </message>
</context>
<context>
    <name>DetachedPageWindow</name>
    <message>
        <source>%1 — Atalaya</source>
        <translation>%1 — Atalaya</translation>
    </message>
</context>
<context>
    <name>DistrictRowDelegate</name>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>up %1 %</source>
        <translation>sube un %1 %</translation>
    </message>
    <message>
        <source>down %1 %</source>
        <translation>baja un %1 %</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation>Puesto %1</translation>
    </message>
    <message>
        <source>population %1</source>
        <translation>población %1</translation>
    </message>
    <message>
        <source>cases in the last 7 days %1</source>
        <translation>casos en los últimos 7 días %1</translation>
    </message>
    <message>
        <source>incidence per 100,000 %1</source>
        <translation>incidencia por 100.000 %1</translation>
    </message>
    <message>
        <source>trend on the week before %1</source>
        <translation>tendencia frente a la semana anterior %1</translation>
    </message>
    <message>
        <source>people over 65 %1</source>
        <translation>mayores de 65 años %1</translation>
    </message>
    <message>
        <source>deprivation index %1</source>
        <translation>índice de privación %1</translation>
    </message>
</context>
<context>
    <name>DistrictTable</name>
    <message>
        <source>Districts, ranked by 7-day incidence — reported up to %1</source>
        <translation>Distritos por incidencia a 7 días — notificado hasta el %1</translation>
    </message>
    <message>
        <source>Districts, ranked by 7-day incidence</source>
        <translation>Distritos por incidencia a 7 días</translation>
    </message>
    <message>
        <source>No data: no district has reported cases yet.</source>
        <translation>Sin datos: ningún distrito ha notificado casos todavía.</translation>
    </message>
</context>
<context>
    <name>DistrictTableHeader</name>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Cases, last 7 days</source>
        <translation>Casos, últimos 7 días</translation>
    </message>
    <message>
        <source>Incidence per 100,000 (7 days)</source>
        <translation>Incidencia por 100.000 (7 días)</translation>
    </message>
    <message>
        <source>Trend on the week before</source>
        <translation>Tendencia frente a la semana anterior</translation>
    </message>
    <message>
        <source>People over 65</source>
        <translation>Mayores de 65 años</translation>
    </message>
    <message>
        <source>Deprivation index</source>
        <translation>Índice de privación</translation>
    </message>
</context>
<context>
    <name>Downsample</name>
    <message>
        <source>The series has %1 x values but %2 y values.</source>
        <translation>La serie tiene %1 valores de x pero %2 valores de y.</translation>
    </message>
    <message>
        <source>Point %1 has no valid x value.</source>
        <translation>El punto %1 no tiene un valor de x válido.</translation>
    </message>
    <message>
        <source>The x values must increase: point %1 (x = %2) does not come after point %3 (x = %4).</source>
        <translation>Los valores de x deben ser crecientes: el punto %1 (x = %2) no va después del punto %3 (x = %4).</translation>
    </message>
    <message>
        <source>Point %1 has an infinite y value.</source>
        <translation>El punto %1 tiene un valor de y infinito.</translation>
    </message>
    <message>
        <source>Cannot downsample %1 points to %2: at least 3 points are needed.</source>
        <translation>No se pueden reducir %1 puntos a %2: se necesitan al menos 3 puntos.</translation>
    </message>
</context>
<context>
    <name>EpidemicCasesChart</name>
    <message>
        <source>Daily new cases</source>
        <translation>Casos nuevos por día</translation>
    </message>
    <message>
        <source>cases a day</source>
        <translation>casos al día</translation>
    </message>
</context>
<context>
    <name>EpidemicChartView</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>%1
%2: %3 %4</source>
        <translation>%1
%2: %3 %4</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>EpidemicDeathsChart</name>
    <message>
        <source>Deaths per day</source>
        <translation>Defunciones por día</translation>
    </message>
    <message>
        <source>deaths a day</source>
        <translation>defunciones al día</translation>
    </message>
</context>
<context>
    <name>EpidemicImport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>No region column (such as “distrito”, “barrio”, “region” or “codigo”) among: %1.</source>
        <translation>No hay ninguna columna de región (como “distrito”, “barrio”, “region” o “codigo”) entre: %1.</translation>
    </message>
    <message>
        <source>No date column (such as “fecha”, “date” or “data”) among: %1.</source>
        <translation>No hay ninguna columna de fecha (como “fecha”, “date” o “data”) entre: %1.</translation>
    </message>
    <message>
        <source>The columns %1 give no window in their name; give the window in days (for example 14) to import them as windowed indicators.</source>
        <translation>Las columnas %1 no indican ninguna ventana en su nombre; indique la ventana en días (por ejemplo, 14) para importarlas como indicadores por ventana temporal.</translation>
    </message>
    <message>
        <source>No epidemic figures (cases, deaths, tests, doses, incidence, ...) among the columns: %1.</source>
        <translation>No hay cifras de la epidemia (casos, defunciones, pruebas, dosis, incidencia, ...) entre las columnas: %1.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>El archivo tiene encabezado pero ninguna fila.</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>sin región</translation>
    </message>
    <message>
        <source>unknown region “%1”</source>
        <translation>región desconocida “%1”</translation>
    </message>
    <message>
        <source>“%1” (read as the %2 “%3”)</source>
        <translation>“%1” (leído como el %2 “%3”)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>“%1” is not a date (yyyy-MM-dd or dd/MM/yyyy)</source>
        <translation>“%1” no es una fecha (yyyy-MM-dd o dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>“%1” no es un número entero</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” no es un número</translation>
    </message>
    <message>
        <source>“%1” is negative</source>
        <translation>“%1” es negativo</translation>
    </message>
    <message>
        <source>other figures for “%1” on %2 than line %3, which was kept</source>
        <translation>cifras para “%1” el %2 distintas de las de la línea %3, que se conservó</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were empty or suppressed (“&lt;5”, “*”, “-”) and were stored as NULL (not reported), not as 0.</source>
        <translation>
            <numerusform>%n celda estaba vacía o suprimida (“&lt;5”, “*”, “-”) y se almacenó como NULL (no notificado), no como 0.</numerusform>
            <numerusform>%n celdas estaban vacías o suprimidas (“&lt;5”, “*”, “-”) y se almacenaron como NULL (no notificado), no como 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n daily count(s) were negative (a correction by the source) and were kept as reported.</source>
        <translation>
            <numerusform>%n recuento diario era negativo (una corrección de la fuente) y se conservó tal como se notificó.</numerusform>
            <numerusform>%n recuentos diarios eran negativos (correcciones de la fuente) y se conservaron tal como se notificaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cumulative totals were stored as reported (%1); no daily counts were derived from them.</source>
        <translation>Los totales acumulados se almacenaron tal como se notificaron (%1); no se calcularon recuentos diarios a partir de ellos.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” (%n row(s))</source>
        <translation>
            <numerusform>“%1” (%n fila)</numerusform>
            <numerusform>“%1” (%n filas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Regions that matched no %1 in the store: %2.</source>
        <translation>Regiones que no coinciden con ningún %1 del almacén: %2.</translation>
    </message>
    <message>
        <source>district, neighbourhood or post code</source>
        <translation>distrito, barrio o código postal</translation>
    </message>
    <message>
        <source>Names shared by regions of several levels: %1. Choose the region level to read them otherwise.</source>
        <translation>Nombres compartidos por regiones de varios niveles: %1. Elija el nivel de región para que se lean de otra forma.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Columnas no importadas: %1.</translation>
    </message>
    <message>
        <source>Writing to the store failed (%1); nothing was imported.</source>
        <translation>Falló la escritura en el almacén (%1); no se importó nada.</translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation>no se pudo confirmar la transacción</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) replaced daily figures stored from another source.</source>
        <translation>
            <numerusform>%n fila sustituyó cifras diarias almacenadas de otra fuente.</numerusform>
            <numerusform>%n filas sustituyeron cifras diarias almacenadas de otra fuente.</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>aún desconocido</translation>
    </message>
    <message>
        <source>daily counts</source>
        <translation>recuentos diarios</translation>
    </message>
    <message>
        <source>cumulative totals</source>
        <translation>totales acumulados</translation>
    </message>
    <message>
        <source>windowed indicators</source>
        <translation>indicadores por ventana temporal</translation>
    </message>
    <message>
        <source>“%1” is not a region level (district, neighbourhood or postcode).</source>
        <translation>“%1” no es un nivel de región (district, neighbourhood o postcode).</translation>
    </message>
    <message>
        <source>The regions could not be read from the store.</source>
        <translation>No se pudieron leer las regiones del almacén.</translation>
    </message>
    <message>
        <source>Refused %1: %2 Nothing was changed.</source>
        <translation>Se rechazó %1: %2 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Imported %1 (%2; %3, separator “%4”).</source>
        <translation>Se importó %1 (%2; %3, separador “%4”).</translation>
    </message>
    <message>
        <source>Columns read: %1.</source>
        <translation>Columnas leídas: %1.</translation>
    </message>
    <message>
        <source>Rows read: %1. New: %2, updated: %3, unchanged: %4, repeated in the file: %5, skipped: %6.</source>
        <translation>Filas leídas: %1. Nuevas: %2, actualizadas: %3, sin cambios: %4, repetidas en el archivo: %5, omitidas: %6.</translation>
    </message>
    <message>
        <source>Regions: %1. Values written: %2. Cells empty or suppressed, kept as NULL: %3.</source>
        <translation>Regiones: %1. Valores escritos: %2. Celdas vacías o suprimidas, guardadas como NULL: %3.</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Omitidas:</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  línea %1: %2</translation>
    </message>
    <message>
        <source>  line %1, %2: %3</source>
        <translation>  línea %1, %2: %3</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>district</source>
        <translation>distrito</translation>
    </message>
    <message>
        <source>neighbourhood</source>
        <translation>barrio</translation>
    </message>
    <message>
        <source>post code</source>
        <translation>código postal</translation>
    </message>
</context>
<context>
    <name>EpidemicIncidenceChart</name>
    <message>
        <source>7-day incidence per 100,000 compared</source>
        <translation>Incidencia a 7 días por 100.000, comparada</translation>
    </message>
    <message>
        <source>per 100,000</source>
        <translation>por 100.000</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>Toda la ciudad</translation>
    </message>
</context>
<context>
    <name>EpidemicLegend</name>
    <message>
        <source>Legend: %1 on %2</source>
        <translation>Leyenda: %1 el %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>Insufficient data</source>
        <translation>Datos insuficientes</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
</context>
<context>
    <name>EpidemicMap</name>
    <message>
        <source>Epidemic map by %1. Click a region, or press Enter for the region at the map centre, to see its figures; Escape shows the whole city. Arrow keys pan, plus and minus zoom, 0 shows the whole city.</source>
        <translation>Mapa de la epidemia por %1. Haga clic en una región, o pulse Intro para la región del centro del mapa, para ver sus cifras; Escape muestra toda la ciudad. Las flechas desplazan, más y menos cambian el zoom, 0 muestra toda la ciudad.</translation>
    </message>
</context>
<context>
    <name>EpidemicPage</name>
    <message>
        <source>Epidemic in %1 on %2</source>
        <translation>Epidemia en %1 el %2</translation>
    </message>
    <message>
        <source>◂ Whole city</source>
        <translation>◂ Toda la ciudad</translation>
    </message>
    <message>
        <source>Show the whole city (Escape)</source>
        <translation>Mostrar toda la ciudad (Escape)</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Distritos</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translation>Barrios</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Colour the map by</source>
        <translation>Colorear el mapa por</translation>
    </message>
    <message>
        <source>Indicator of the table and the map</source>
        <translation>Indicador de la tabla y del mapa</translation>
    </message>
    <message>
        <source>Risk scheme</source>
        <translation>Esquema de riesgo</translation>
    </message>
    <message>
        <source>Colour-blind palette</source>
        <translation>Modo daltónico</translation>
    </message>
    <message>
        <source>Scheme file…</source>
        <translation>Esquemas…</translation>
    </message>
    <message>
        <source>Load risk schemes from a JSON file</source>
        <translation>Cargar esquemas de riesgo desde un archivo JSON</translation>
    </message>
    <message>
        <source>Your own risk levels: see docs/risk-schemes.md for the format</source>
        <translation>Sus propios niveles de riesgo: el formato se describe en docs/risk-schemes.md</translation>
    </message>
    <message>
        <source>Load risk schemes</source>
        <translation>Cargar esquemas de riesgo</translation>
    </message>
    <message>
        <source>Risk schemes (*.json)</source>
        <translation>Esquemas de riesgo (*.json)</translation>
    </message>
    <message>
        <source>Risk schemes</source>
        <translation>Esquemas de riesgo</translation>
    </message>
    <message>
        <source>Import figures…</source>
        <translation>Importar cifras…</translation>
    </message>
    <message>
        <source>Import epidemic figures per region from a CSV file</source>
        <translation>Importar cifras de la epidemia por región desde un archivo CSV</translation>
    </message>
    <message>
        <source>Daily counts, cumulative totals or indicators over a window, per district or neighbourhood</source>
        <translation>Recuentos diarios, totales acumulados o indicadores por ventana temporal, por distrito o barrio</translation>
    </message>
    <message>
        <source>Import epidemic figures</source>
        <translation>Importar cifras de la epidemia</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Import regions…</source>
        <translation>Importar regiones…</translation>
    </message>
    <message>
        <source>Import region outlines and context from a GeoJSON file</source>
        <translation>Importar los contornos y datos de contexto de las regiones desde un archivo GeoJSON</translation>
    </message>
    <message>
        <source>GeoJSON polygons with a code and a name; features without a level are read as the level shown</source>
        <translation>Polígonos GeoJSON con código y nombre; los elementos sin nivel se leen como el nivel mostrado</translation>
    </message>
    <message>
        <source>Import regions</source>
        <translation>Importar regiones</translation>
    </message>
    <message>
        <source>GeoJSON files (*.geojson *.json)</source>
        <translation>Archivos GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>Published by the sources: %1</source>
        <translation>Publicado por las fuentes: %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4)</source>
        <translation>%1 %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>EpidemicRanking</name>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Distritos</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translation>Barrios</translation>
    </message>
    <message>
        <source>%1 ranked by %2 on %3</source>
        <translation>%1 ordenados por %2 el %3</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Barrio</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>vs 7 days earlier</source>
        <translation>vs. hace 7 días</translation>
    </message>
    <message>
        <source>Residents per km²</source>
        <translation>Habitantes por km²</translation>
    </message>
    <message>
        <source>Over 65</source>
        <translation>Mayores de 65</translation>
    </message>
    <message>
        <source>Deprivation</source>
        <translation>Privación</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Rank %1, %2</source>
        <translation>Puesto %1, %2</translation>
    </message>
</context>
<context>
    <name>EpidemicSeries</name>
    <message>
        <source>Could not read the regions from the store.</source>
        <translation>No se pudieron leer las regiones del almacén.</translation>
    </message>
    <message>
        <source>There is no region with id %1.</source>
        <translation>No hay ninguna región con id %1.</translation>
    </message>
    <message>
        <source>Epidemic figures are kept per neighbourhood; post codes have none.</source>
        <translation>Las cifras de la epidemia se guardan por barrio; los códigos postales no tienen ninguna.</translation>
    </message>
    <message>
        <source>Could not read the epidemic figures from the store.</source>
        <translation>No se pudieron leer las cifras de la epidemia del almacén.</translation>
    </message>
</context>
<context>
    <name>EpidemicVaccinationChart</name>
    <message>
        <source>Vaccination coverage</source>
        <translation>Cobertura de vacunación</translation>
    </message>
    <message>
        <source>% of residents</source>
        <translation>% de habitantes</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss the error message</source>
        <translation>Cerrar el mensaje de error</translation>
    </message>
</context>
<context>
    <name>FeedEditDialog</name>
    <message>
        <source>Sentilo</source>
        <translation>Sentilo</translation>
    </message>
    <message>
        <source>FIWARE NGSI-v2</source>
        <translation>FIWARE NGSI-v2</translation>
    </message>
    <message>
        <source>HTTP resource (JSON, CSV, GeoJSON)</source>
        <translation>Recurso HTTP (JSON, CSV, GeoJSON)</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>Archivo o carpeta</translation>
    </message>
    <message>
        <source>Edit feed “%1”</source>
        <translation>Editar la fuente “%1”</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Añadir una fuente</translation>
    </message>
    <message numerus="yes">
        <source>Saving rewrites %1 with the feeds that loaded; the %n feed(s) it skipped because of problems are left out.</source>
        <translation>
            <numerusform>Al guardar se reescribe %1 con las fuentes que se cargaron; queda fuera la %n fuente que se omitió por problemas.</numerusform>
            <numerusform>Al guardar se reescribe %1 con las fuentes que se cargaron; quedan fuera las %n fuentes que se omitieron por problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind of feed</source>
        <translation>Tipo de fuente</translation>
    </message>
    <message>
        <source>Id (letters, digits, - _ .)</source>
        <translation>Id (letras, dígitos, - _ .)</translation>
    </message>
    <message>
        <source>e.g. beach-counters</source>
        <translation>p. ej. contadores-playa</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>the id when empty</source>
        <translation>el id si se deja vacío</translation>
    </message>
    <message>
        <source>URL of the resource</source>
        <translation>URL del recurso</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Sensors (comma-separated; empty: all)</source>
        <translation>Sensores (separados por comas; vacío: todos)</translation>
    </message>
    <message>
        <source>Identity key (IDENTITY_KEY)</source>
        <translation>Clave de identidad (IDENTITY_KEY)</translation>
    </message>
    <message>
        <source>…or the environment variable holding it</source>
        <translation>…o la variable de entorno que la contiene</translation>
    </message>
    <message>
        <source>Fiware-Service (tenant)</source>
        <translation>Fiware-Service (inquilino)</translation>
    </message>
    <message>
        <source>Fiware-ServicePath</source>
        <translation>Fiware-ServicePath</translation>
    </message>
    <message>
        <source>Entity types (comma-separated; empty: all)</source>
        <translation>Tipos de entidad (separados por comas; vacío: todos)</translation>
    </message>
    <message>
        <source>Format (json, csv, geojson or auto)</source>
        <translation>Formato (json, csv, geojson o auto)</translation>
    </message>
    <message>
        <source>Format (json, csv or geojson)</source>
        <translation>Formato (json, csv o geojson)</translation>
    </message>
    <message>
        <source>Sensor field</source>
        <translation>Campo del sensor</translation>
    </message>
    <message>
        <source>Value field</source>
        <translation>Campo del valor</translation>
    </message>
    <message>
        <source>Time field (empty: time received)</source>
        <translation>Campo de hora (vacío: hora de recepción)</translation>
    </message>
    <message>
        <source>Time format (iso, epoch_s, epoch_ms, sentilo or e.g. dd/MM/yyyy HH:mm)</source>
        <translation>Formato de hora (iso, epoch_s, epoch_ms, sentilo o p. ej. dd/MM/yyyy HH:mm)</translation>
    </message>
    <message>
        <source>Poll every (seconds)</source>
        <translation>Consultar cada (segundos)</translation>
    </message>
    <message>
        <source>Timeout (seconds)</source>
        <translation>Tiempo de espera (segundos)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save to the feeds file</source>
        <translation>Guardar en el archivo de fuentes</translation>
    </message>
</context>
<context>
    <name>FeedRow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>Earlier error: %1</source>
        <translation>Error anterior: %1</translation>
    </message>
    <message>
        <source>Last reading: %1</source>
        <translation>Última lectura: %1</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>Aún sin lecturas</translation>
    </message>
    <message>
        <source>stored %1</source>
        <translation>almacenadas %1</translation>
    </message>
    <message>
        <source>duplicates %1</source>
        <translation>duplicadas %1</translation>
    </message>
    <message>
        <source>malformed %1</source>
        <translation>mal formadas %1</translation>
    </message>
    <message>
        <source>problems %1</source>
        <translation>problemas %1</translation>
    </message>
    <message>
        <source>retries %1</source>
        <translation>reintentos %1</translation>
    </message>
    <message>
        <source>next attempt %1</source>
        <translation>próximo intento %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>Reanudar %1</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>Pausar %1</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Consultar ahora</translation>
    </message>
    <message>
        <source>Poll %1 now</source>
        <translation>Consultar %1 ahora</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1 from the feeds file</source>
        <translation>Quitar %1 del archivo de fuentes</translation>
    </message>
</context>
<context>
    <name>FeedSimMain</name>
    <message>
        <source>atalaya-feedsim: %1</source>
        <translation>atalaya-feedsim: %1</translation>
    </message>
    <message>
        <source>Serves the occupancy sites of an Atalaya store as Sentilo and FIWARE NGSI-v2 feeds on 127.0.0.1, with faults to inject, until it is stopped.</source>
        <translation>Sirve los lugares con medición de aforo de un almacén de Atalaya como fuentes Sentilo y FIWARE NGSI-v2 en 127.0.0.1, con fallos que se pueden inyectar, hasta que se detiene.</translation>
    </message>
    <message>
        <source>The store whose sites are served (default: the dashboard&apos;s own store).</source>
        <translation>El almacén cuyos lugares se sirven (por omisión: el propio almacén del panel).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1; 0 picks a free one (default 8090).</source>
        <translation>Puerto en 127.0.0.1; 0 elige uno libre (por omisión 8090).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds between two readings of a sensor (default 60).</source>
        <translation>Segundos entre dos lecturas de un sensor (por omisión 60).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The IDENTITY_KEY Sentilo requests must carry (default: any non-empty key).</source>
        <translation>La IDENTITY_KEY que deben llevar las peticiones Sentilo (por omisión: cualquier clave no vacía).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Sentilo provider name (default demo, as the demo city&apos;s sensors).</source>
        <translation>Nombre del proveedor Sentilo (por omisión demo, como los sensores de la ciudad de demostración).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The Fiware-Service NGSI requests must name to see the entities (default: any).</source>
        <translation>El Fiware-Service que deben indicar las peticiones NGSI para ver las entidades (por omisión: cualquiera).</translation>
    </message>
    <message>
        <source>Start with a fault: none, drop, garbage, delay, silent or error (default none).</source>
        <translation>Empezar con un fallo: none, drop, garbage, delay, silent o error (por omisión none).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>With --fault delay: milliseconds before each answer (default 5000).</source>
        <translation>Con --fault delay: milisegundos antes de cada respuesta (por omisión 5000).</translation>
    </message>
    <message>
        <source>Do not print a line for each request.</source>
        <translation>No mostrar una línea por cada petición.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see --help.</source>
        <translation>argumento inesperado «%1»; consulte --help.</translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port number from 0 to 65535.</source>
        <translation>--port: «%1» no es un número de puerto entre 0 y 65535.</translation>
    </message>
    <message>
        <source>--cadence: &apos;%1&apos; is not a number of seconds from 1 to 86400.</source>
        <translation>--cadence: «%1» no es un número de segundos entre 1 y 86400.</translation>
    </message>
    <message>
        <source>--fault: &apos;%1&apos; is not a fault; use none, drop, garbage, delay, silent or error.</source>
        <translation>--fault: «%1» no es un fallo; use none, drop, garbage, delay, silent o error.</translation>
    </message>
    <message>
        <source>--delay-ms applies only with --fault delay.</source>
        <translation>--delay-ms solo se aplica con --fault delay.</translation>
    </message>
    <message>
        <source>--delay-ms: &apos;%1&apos; is not a number of milliseconds from 1 to 600000.</source>
        <translation>--delay-ms: «%1» no es un número de milisegundos entre 1 y 600000.</translation>
    </message>
    <message>
        <source>--provider: &apos;%1&apos; is not a provider name (not empty, no &apos;/&apos;).</source>
        <translation>--provider: «%1» no es un nombre de proveedor (no vacío, sin &apos;/&apos;).</translation>
    </message>
    <message>
        <source>the store %1 does not exist. Give one with --db, or run the dashboard once to write the demo city.</source>
        <translation>el almacén %1 no existe. Indique uno con --db, o ejecute el panel una vez para escribir la ciudad de demostración.</translation>
    </message>
    <message>
        <source>the store %1 holds no occupancy sites (beaches, squares, markets, stations, parks) to serve.</source>
        <translation>el almacén %1 no contiene lugares con medición de aforo (playas, plazas, mercados, estaciones, parques) que servir.</translation>
    </message>
    <message>
        <source>any non-empty key</source>
        <translation>cualquier clave no vacía</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message numerus="yes">
        <source>Serving %n site(s) from %1, a reading per sensor every %2 s.</source>
        <translation>
            <numerusform>Sirviendo %n lugar de %1, una lectura por sensor cada %2 s.</numerusform>
            <numerusform>Sirviendo %n lugares de %1, una lectura por sensor cada %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>  Sentilo catalogue      %1/catalog  (IDENTITY_KEY: %2)</source>
        <translation>  Catálogo Sentilo       %1/catalog  (IDENTITY_KEY: %2)</translation>
    </message>
    <message>
        <source>  Sentilo observations   %1/data/%2  and  %1/data/%2/occ-&lt;site code&gt;  (from, to, limit)</source>
        <translation>  Observaciones Sentilo  %1/data/%2  y  %1/data/%2/occ-&lt;código del lugar&gt;  (from, to, limit)</translation>
    </message>
    <message>
        <source>  NGSI-v2 entities       %1/v2/entities  (Fiware-Service: %2)</source>
        <translation>  Entidades NGSI-v2      %1/v2/entities  (Fiware-Service: %2)</translation>
    </message>
    <message>
        <source>  NGSI-v2 subscriptions  %1/v2/subscriptions</source>
        <translation>  Suscripciones NGSI-v2  %1/v2/subscriptions</translation>
    </message>
    <message>
        <source>  Faults                 POST %1/_sim/fault  {&quot;fault&quot;:&quot;drop&quot;}  (now: %2)</source>
        <translation>  Fallos                 POST %1/_sim/fault  {&quot;fault&quot;:&quot;drop&quot;}  (ahora: %2)</translation>
    </message>
    <message>
        <source>  Status                 %1/_sim/status</source>
        <translation>  Estado                 %1/_sim/status</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Para detenerlo, pulse Ctrl+C.</translation>
    </message>
    <message>
        <source>%1 %2 %3 dropped</source>
        <translation>%1 %2 %3 descartada</translation>
    </message>
</context>
<context>
    <name>FeedsPage</name>
    <message>
        <source>Live feeds</source>
        <translation>Fuentes en directo</translation>
    </message>
    <message>
        <source>Reload file</source>
        <translation>Recargar archivo</translation>
    </message>
    <message>
        <source>Read the feeds file again</source>
        <translation>Volver a leer el archivo de fuentes</translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation>Añadir fuente…</translation>
    </message>
    <message>
        <source>Add a feed to the feeds file</source>
        <translation>Añadir una fuente al archivo de fuentes</translation>
    </message>
    <message>
        <source>Feeds file: %1</source>
        <translation>Archivo de fuentes: %1</translation>
    </message>
    <message>
        <source>No feeds file. Start with --feeds FILE, or add a feed to create one.</source>
        <translation>No hay archivo de fuentes. Inicie con --feeds ARCHIVO o añada una fuente para crear uno.</translation>
    </message>
    <message>
        <source>%1 The feeds file was not used: %2</source>
        <translation>%1 No se usó el archivo de fuentes: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 The feeds file has %n problem(s); the other feeds run.</source>
        <translation>
            <numerusform>%1 El archivo de fuentes tiene %n problema; las demás fuentes funcionan.</numerusform>
            <numerusform>%1 El archivo de fuentes tiene %n problemas; las demás fuentes funcionan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No feeds are running. Add a Sentilo, FIWARE NGSI-v2, HTTP or file feed to see live readings.</source>
        <translation>No hay ninguna fuente en marcha. Añada una fuente Sentilo, FIWARE NGSI-v2, HTTP o de archivo para ver lecturas en directo.</translation>
    </message>
    <message>
        <source>Remove the feed “%1” from the feeds file? Its stored readings stay in the store.</source>
        <translation>¿Quitar la fuente “%1” del archivo de fuentes? Sus lecturas almacenadas se quedan en el almacén.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>FileActionButton</name>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
</context>
<context>
    <name>HospitalImport</name>
    <message>
        <source>The file starts like JSON but is not valid JSON: %1 at character %2.</source>
        <translation>El archivo empieza como JSON pero no es JSON válido: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>Refused %1: %2 Nothing was changed.</source>
        <translation>Se rechazó %1: %2 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2, separator “%3”</source>
        <translation>%1, %2, separador “%3”</translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation>Se importó %1 (%2).</translation>
    </message>
    <message>
        <source>Rows read: %1. Hospitals created: %2, already known: %3.</source>
        <translation>Filas leídas: %1. Hospitales creados: %2, ya conocidos: %3.</translation>
    </message>
    <message>
        <source>Reports stored: %1, duplicates: %2, conflicting (first kept): %3. Rows skipped: %4.</source>
        <translation>Partes almacenados: %1, duplicados: %2, en conflicto (se conservó el primero): %3. Filas omitidas: %4.</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Omitidas:</translation>
    </message>
    <message>
        <source>entity %1</source>
        <translation>entidad %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>  %1, %2: %3</source>
        <translation>  %1, %2: %3</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>%1 beds in use but only %2 in all</source>
        <translation>%1 camas ocupadas pero solo %2 en total</translation>
    </message>
    <message>
        <source>%1 free and %2 in use do not add up to %3 beds</source>
        <translation>%1 libres y %2 ocupadas no suman %3 camas</translation>
    </message>
    <message>
        <source>%1 free beds but only %2 in all</source>
        <translation>%1 camas libres pero solo %2 en total</translation>
    </message>
    <message>
        <source>This is not a CSV table: the first line has a single column.</source>
        <translation>Esto no es una tabla CSV: la primera línea tiene una sola columna.</translation>
    </message>
    <message>
        <source>Unknown field “%1” in the column mapping (known: %2).</source>
        <translation>Campo desconocido “%1” en la asignación de columnas (conocidos: %2).</translation>
    </message>
    <message>
        <source>The column “%1” mapped to %2 is not in the file.</source>
        <translation>La columna “%1” asignada a %2 no está en el archivo.</translation>
    </message>
    <message>
        <source>No column with the hospital name (looked for %1); map one with name=COLUMN.</source>
        <translation>No hay ninguna columna con el nombre del hospital (nombres buscados: %1); asigne una con name=COLUMNA.</translation>
    </message>
    <message>
        <source>No column with the report date (looked for %1); map one with date=COLUMN.</source>
        <translation>No hay ninguna columna con la fecha del parte (nombres buscados: %1); asigne una con date=COLUMNA.</translation>
    </message>
    <message>
        <source>No column with bed counts (e.g. camas, camas_disponibles, uci, leitos_uti) or an availability level (e.g. nivel, estatus_capacidad_hospitalaria).</source>
        <translation>No hay ninguna columna con recuentos de camas (p. ej. camas, camas_disponibles, uci, leitos_uti) ni con un nivel de disponibilidad (p. ej. nivel, estatus_capacidad_hospitalaria).</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>la fila tiene %1 campos y el encabezado tiene %2</translation>
    </message>
    <message>
        <source>no hospital name</source>
        <translation>sin nombre de hospital</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>“%1” no es una fecha</translation>
    </message>
    <message>
        <source>“%1” is not a “lat,lon” pair</source>
        <translation>“%1” no es un par “lat,lon”</translation>
    </message>
    <message>
        <source>the other coordinate is given but this one is empty</source>
        <translation>la otra coordenada está indicada, pero esta está vacía</translation>
    </message>
    <message>
        <source>“%1” is not a coordinate</source>
        <translation>“%1” no es una coordenada</translation>
    </message>
    <message>
        <source>%1, %2 is not a position on Earth</source>
        <translation>%1, %2 no es una posición en la Tierra</translation>
    </message>
    <message>
        <source>“%1” is not a number of beds</source>
        <translation>“%1” no es un número de camas</translation>
    </message>
    <message>
        <source>“%1” is not an availability level</source>
        <translation>“%1” no es un nivel de disponibilidad</translation>
    </message>
    <message>
        <source>no bed counts and no level</source>
        <translation>sin recuentos de camas ni nivel</translation>
    </message>
    <message>
        <source>The JSON holds no FIWARE NGSI-v2 entities (objects with “id” and “type”).</source>
        <translation>El JSON no contiene entidades FIWARE NGSI-v2 (objetos con “id” y “type”).</translation>
    </message>
    <message>
        <source>not an entity (no “id” and “type”)</source>
        <translation>no es una entidad (no tiene “id” y “type”)</translation>
    </message>
    <message>
        <source>no dateObserved or dateModified</source>
        <translation>sin dateObserved ni dateModified</translation>
    </message>
    <message>
        <source>the location is not a GeoJSON Point</source>
        <translation>la ubicación no es un Point GeoJSON</translation>
    </message>
    <message>
        <source>“%1” is not a “lat, lon” pair</source>
        <translation>“%1” no es un par “lat, lon”</translation>
    </message>
    <message>
        <source>no bed counts (totalSpotNumber, availableSpotNumber, icuTotal, ...) and no level</source>
        <translation>sin recuentos de camas (totalSpotNumber, availableSpotNumber, icuTotal, ...) ni nivel</translation>
    </message>
    <message>
        <source>no coordinates for “%1”, a hospital not yet in the store</source>
        <translation>sin coordenadas para “%1”, un hospital que aún no está en el almacén</translation>
    </message>
    <message>
        <source>“%1” at %2: row %3 differs from the report already stored, which was kept.</source>
        <translation>“%1” el %2: la fila %3 difiere del parte ya almacenado, que se conservó.</translation>
    </message>
    <message>
        <source>“%1” at %2: row %3 differs from row %4; row %4 was kept.</source>
        <translation>“%1” el %2: la fila %3 difiere de la fila %4; se conservó la fila %4.</translation>
    </message>
    <message>
        <source>Writing to the store failed (%1); nothing was imported.</source>
        <translation>Falló la escritura en el almacén (%1); no se importó nada.</translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation>no se pudo confirmar la transacción</translation>
    </message>
    <message>
        <source>“%1” (row %2)</source>
        <translation>“%1” (fila %2)</translation>
    </message>
    <message>
        <source>“%1” (rows %2)</source>
        <translation>“%1” (filas %2)</translation>
    </message>
    <message>
        <source>Matched to the stored hospital “%1”: %2.</source>
        <translation>Asociado al hospital almacenado “%1”: %2.</translation>
    </message>
    <message>
        <source>Read as one hospital, stored as “%1”: %2.</source>
        <translation>Leído como un solo hospital, almacenado como “%1”: %2.</translation>
    </message>
    <message>
        <source>%1 hospitals share the coordinates %2, %3: %4. Check that they are really one site.</source>
        <translation>%1 hospitales comparten las coordenadas %2, %3: %4. Compruebe que sean realmente un mismo lugar.</translation>
    </message>
    <message>
        <source>… and %1 more conflicting reports.</source>
        <translation>… y %1 partes en conflicto más.</translation>
    </message>
    <message>
        <source>Latitude and longitude were the other way round in rows %1 (outside the city as given, inside once swapped); they were swapped back.</source>
        <translation>La latitud y la longitud estaban invertidas en las filas %1 (fuera de la ciudad tal como venían, dentro una vez intercambiadas); se corrigió el orden.</translation>
    </message>
    <message numerus="yes">
        <source>Free beds were derived as total minus occupied in %n report(s).</source>
        <translation>
            <numerusform>Las camas libres se calcularon como total menos ocupadas en %n parte.</numerusform>
            <numerusform>Las camas libres se calcularon como total menos ocupadas en %n partes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total beds were derived as free plus occupied in %n report(s).</source>
        <translation>
            <numerusform>El total de camas se calculó como libres más ocupadas en %n parte.</numerusform>
            <numerusform>El total de camas se calculó como libres más ocupadas en %n partes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had counts and an unreadable level; the counts were stored without it.</source>
        <translation>
            <numerusform>%n fila tenía recuentos y un nivel ilegible; los recuentos se almacenaron sin él.</numerusform>
            <numerusform>%n filas tenían recuentos y un nivel ilegible; los recuentos se almacenaron sin él.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates were read month first (MM/dd/yyyy): no day part was above 12 and some month parts were.</source>
        <translation>Las fechas se leyeron con el mes primero (MM/dd/yyyy): ninguna parte del día pasaba de 12 y algunas partes del mes sí.</translation>
    </message>
    <message>
        <source>The column “%1” (an ICU level) was not imported: the store keeps one level per report, the general one.</source>
        <translation>La columna “%1” (un nivel de UCI) no se importó: el almacén guarda un solo nivel por parte, el general.</translation>
    </message>
    <message>
        <source>The file mixes keyValues and normalized entities; both were read.</source>
        <translation>El archivo mezcla entidades keyValues y normalized; se leyeron ambos tipos.</translation>
    </message>
    <message>
        <source>CSV or JSON</source>
        <translation>CSV o JSON</translation>
    </message>
</context>
<context>
    <name>HospitalLegend</name>
    <message>
        <source>ICU availability:</source>
        <translation>Disponibilidad UCI:</translation>
    </message>
    <message>
        <source>General-bed availability:</source>
        <translation>Disponibilidad de camas generales:</translation>
    </message>
    <message>
        <source>under %1 % in use</source>
        <translation>menos del %1 % ocupado</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <source>over %1 %</source>
        <translation>más del %1 %</translation>
    </message>
    <message>
        <source>⏱ stale: no report within the expected cadence (24 h); left out of the totals</source>
        <translation>⏱ desactualizado: sin parte en el plazo previsto (24 h); fuera de los totales</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Umbrales…</translation>
    </message>
    <message>
        <source>Change the availability thresholds</source>
        <translation>Cambiar los umbrales de disponibilidad</translation>
    </message>
</context>
<context>
    <name>HospitalMap</name>
    <message>
        <source>Hospitals map. Click a point, or press N for the selected hospital&apos;s district centre or C for the map centre, to list the nearest hospitals with a free bed. Arrow keys pan, plus and minus zoom, 0 shows the whole city, Escape clears.</source>
        <translation>Mapa de hospitales. Haga clic en un punto, o pulse N para el centro del distrito del hospital seleccionado o C para el centro del mapa, para ver los hospitales más cercanos con una cama libre. Las flechas desplazan, más y menos acercan y alejan, 0 muestra toda la ciudad, Escape borra.</translation>
    </message>
    <message>
        <source>Nearest from the district centre (N)</source>
        <translation>Más cercanos desde el centro del distrito (N)</translation>
    </message>
    <message>
        <source>List the nearest hospitals with a free bed from the centre of the selected hospital&apos;s district</source>
        <translation>Ver los hospitales más cercanos con una cama libre desde el centro del distrito del hospital seleccionado</translation>
    </message>
    <message>
        <source>Or click anywhere on the map; C uses the map centre</source>
        <translation>O haga clic en cualquier punto del mapa; C usa el centro del mapa</translation>
    </message>
    <message>
        <source>Nearest from post code…</source>
        <translation>Más cercanos desde el código postal…</translation>
    </message>
    <message>
        <source>List the nearest hospitals with a free bed from the centre of a post code</source>
        <translation>Listar los hospitales más cercanos con una cama libre desde el centro de un código postal</translation>
    </message>
</context>
<context>
    <name>HospitalRowDelegate</name>
    <message>
        <source>level only</source>
        <translation>solo nivel</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>general beds free of total %1</source>
        <translation>camas generales libres del total %1</translation>
    </message>
    <message>
        <source>ICU beds free of total %1</source>
        <translation>camas UCI libres del total %1</translation>
    </message>
    <message>
        <source>in use %1</source>
        <translation>ocupación %1</translation>
    </message>
    <message>
        <source>availability %1</source>
        <translation>disponibilidad %1</translation>
    </message>
    <message>
        <source>last report %1, %2</source>
        <translation>último parte %1, %2</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>desactualizado</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>seleccionado</translation>
    </message>
    <message>
        <source>⏱ stale</source>
        <translation>⏱ desactualizado</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>HospitalTable</name>
    <message>
        <source>Search name, institution, district</source>
        <translation>Buscar nombre, institución, distrito</translation>
    </message>
    <message>
        <source>Search hospitals by name, institution or district</source>
        <translation>Buscar hospitales por nombre, institución o distrito</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>● High only</source>
        <translation>● Solo alta</translation>
    </message>
    <message>
        <source>▲ Medium only</source>
        <translation>▲ Solo media</translation>
    </message>
    <message>
        <source>■ Low only</source>
        <translation>■ Solo baja</translation>
    </message>
    <message>
        <source>▲ Medium or ■ low</source>
        <translation>▲ Media o ■ baja</translation>
    </message>
    <message>
        <source>○ No data only</source>
        <translation>○ Solo sin datos</translation>
    </message>
    <message>
        <source>Show availability level: %1</source>
        <translation>Mostrar nivel de disponibilidad: %1</translation>
    </message>
    <message>
        <source>Hide stale</source>
        <translation>Ocultar desactualizados</translation>
    </message>
    <message>
        <source>Hide hospitals whose last report is stale</source>
        <translation>Ocultar los hospitales cuyo último parte está desactualizado</translation>
    </message>
    <message numerus="yes">
        <source>%n hospital(s) shown</source>
        <translation>
            <numerusform>%n hospital mostrado</numerusform>
            <numerusform>%n hospitales mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Hospitales</translation>
    </message>
    <message>
        <source>No hospital matches the search and filters.</source>
        <translation>Ningún hospital coincide con la búsqueda y los filtros.</translation>
    </message>
</context>
<context>
    <name>HospitalTableHeader</name>
    <message>
        <source>%1, sorted descending</source>
        <translation>%1, orden descendente</translation>
    </message>
    <message>
        <source>%1, sorted ascending</source>
        <translation>%1, orden ascendente</translation>
    </message>
    <message>
        <source>%1, press to sort</source>
        <translation>%1, pulse para ordenar</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>· institution</source>
        <translation>· institución</translation>
    </message>
    <message>
        <source>· district</source>
        <translation>· distrito</translation>
    </message>
    <message>
        <source>General free / total</source>
        <translation>Generales libres / total</translation>
    </message>
    <message>
        <source>ICU free / total</source>
        <translation>UCI libres / total</translation>
    </message>
    <message>
        <source>%1 in use</source>
        <translation>%1 ocupadas</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Último parte</translation>
    </message>
</context>
<context>
    <name>HospitalTrends</name>
    <message>
        <source>ICU beds, last 90 days</source>
        <translation>Camas UCI, últimos 90 días</translation>
    </message>
    <message>
        <source>General beds, last 90 days</source>
        <translation>Camas generales, últimos 90 días</translation>
    </message>
    <message>
        <source>free beds</source>
        <translation>camas libres</translation>
    </message>
    <message>
        <source>% in use</source>
        <translation>% ocupado</translation>
    </message>
    <message>
        <source>city free beds</source>
        <translation>camas libres de la ciudad</translation>
    </message>
    <message>
        <source>%1: % in use</source>
        <translation>%1: % ocupado</translation>
    </message>
    <message>
        <source>select a hospital: % in use</source>
        <translation>seleccione un hospital: % ocupado</translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation>umbrales</translation>
    </message>
</context>
<context>
    <name>HospitalsPage</name>
    <message>
        <source>ICU</source>
        <translation>UCI</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generales</translation>
    </message>
    <message>
        <source>Hospital beds now</source>
        <translation>Camas de hospital ahora</translation>
    </message>
    <message>
        <source>Hospital beds at %1</source>
        <translation>Camas de hospital a las %1</translation>
    </message>
    <message>
        <source>Free ICU beds</source>
        <translation>Camas UCI libres</translation>
    </message>
    <message>
        <source>Free general beds</source>
        <translation>Camas generales libres</translation>
    </message>
    <message numerus="yes">
        <source>of %1 in %n hospital(s)</source>
        <translation>
            <numerusform>de %1 en %n hospital</numerusform>
            <numerusform>de %1 en %n hospitales</numerusform>
        </translation>
    </message>
    <message>
        <source>ICU beds in use</source>
        <translation>Camas UCI ocupadas</translation>
    </message>
    <message>
        <source>General beds in use</source>
        <translation>Camas generales ocupadas</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Stale reports</source>
        <translation>Partes desactualizados</translation>
    </message>
    <message numerus="yes">
        <source>of %n hospital(s), not in the totals</source>
        <translation>
            <numerusform>de %n hospital, fuera de los totales</numerusform>
            <numerusform>de %n hospitales, fuera de los totales</numerusform>
        </translation>
    </message>
    <message>
        <source>Level only or no report</source>
        <translation>Solo nivel o sin parte</translation>
    </message>
    <message>
        <source>%1 level only, %2 without a report</source>
        <translation>%1 solo con nivel, %2 sin parte</translation>
    </message>
    <message>
        <source>General beds</source>
        <translation>Camas generales</translation>
    </message>
    <message>
        <source>ICU beds</source>
        <translation>Camas UCI</translation>
    </message>
    <message>
        <source>Bed type</source>
        <translation>Tipo de cama</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import hospitals and bed reports from a CSV or JSON file</source>
        <translation>Importar hospitales y partes de camas desde un archivo CSV o JSON</translation>
    </message>
    <message>
        <source>CSV (counts or levels, UTF-8 or Latin-1, comma or semicolon) or FIWARE-style JSON</source>
        <translation>CSV (recuentos o niveles, UTF-8 o Latin-1, coma o punto y coma) o JSON al estilo FIWARE</translation>
    </message>
    <message>
        <source>Import hospitals</source>
        <translation>Importar hospitales</translation>
    </message>
    <message>
        <source>Hospital reports (*.csv *.json)</source>
        <translation>Partes de hospitales (*.csv *.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>El almacén no está abierto.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is not text (an image, an archive or a spreadsheet workbook?); export it as %1 first.</source>
        <translation>El archivo no es de texto (¿una imagen, un archivo comprimido o un libro de hoja de cálculo?); expórtelo primero como %1.</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>%1 up %2 %</source>
        <translation>%1 sube un %2 %</translation>
    </message>
    <message>
        <source>%1 down %2 %</source>
        <translation>%1 baja un %2 %</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 sin cambios</translation>
    </message>
</context>
<context>
    <name>LevelMarker</name>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Availability %1</source>
        <translation>Disponibilidad %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Atalaya — %1</source>
        <translation>Atalaya — %1</translation>
    </message>
    <message>
        <source>Atalaya</source>
        <translation>Atalaya</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Hospitales</translation>
    </message>
    <message>
        <source>Epidemic</source>
        <translation>Epidemia</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Aforo</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>⧉ Own window</source>
        <translation>⧉ Ventana propia</translation>
    </message>
    <message>
        <source>Show %1 in its own window (Ctrl+Shift+D)</source>
        <translation>Mostrar %1 en su propia ventana (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>▶ Present</source>
        <translation>▶ Presentar</translation>
    </message>
    <message>
        <source>Presentation mode (F5)</source>
        <translation>Modo presentación (F5)</translation>
    </message>
    <message>
        <source>Full screen, large type, cycling through the chosen pages (F5)</source>
        <translation>Pantalla completa, letra grande, con las páginas elegidas en rotación (F5)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
</context>
<context>
    <name>MapControls</name>
    <message>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Alejar (−)</translation>
    </message>
    <message>
        <source>Show the whole city (0)</source>
        <translation>Mostrar toda la ciudad (0)</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Map of %1</source>
        <translation>Mapa de %1</translation>
    </message>
    <message>
        <source>Essential services now</source>
        <translation>Servicios esenciales ahora</translation>
    </message>
    <message>
        <source>Essential services at %1</source>
        <translation>Servicios esenciales el %1</translation>
    </message>
    <message>
        <source>Essential services map of %1. Click a point for its card, a numbered cluster to zoom in. Arrow keys pan, plus and minus zoom, 0 shows the whole city, Escape closes the card.</source>
        <translation>Mapa de servicios esenciales de %1. Haga clic en un punto para ver su ficha, o en un grupo numerado para acercar. Las flechas desplazan, más y menos cambian el zoom, 0 muestra toda la ciudad, Escape cierra la ficha.</translation>
    </message>
    <message>
        <source>Add note here</source>
        <translation>Añadir nota aquí</translation>
    </message>
    <message>
        <source>the point you chose</source>
        <translation>el punto elegido</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
</context>
<context>
    <name>NearestList</name>
    <message>
        <source>Nearest hospitals with a free bed</source>
        <translation>Hospitales más cercanos con una cama libre</translation>
    </message>
    <message>
        <source>Nearest with a free ICU bed</source>
        <translation>Más cercanos con una cama UCI libre</translation>
    </message>
    <message>
        <source>Nearest with a free general bed</source>
        <translation>Más cercanos con una cama general libre</translation>
    </message>
    <message>
        <source>Close the nearest hospitals</source>
        <translation>Cerrar los hospitales más cercanos</translation>
    </message>
    <message>
        <source>%1 km · about %2 min · %3 free</source>
        <translation>%1 km · unos %2 min · %3 libres</translation>
    </message>
    <message>
        <source>%1. %2, %3</source>
        <translation>%1. %2, %3</translation>
    </message>
    <message>
        <source>No current report shows a free bed of this type.</source>
        <translation>Ningún parte vigente muestra una cama libre de este tipo.</translation>
    </message>
    <message>
        <source>Line: straight, not the road route. Times: estimate (ⓘ).</source>
        <translation>Línea: recta, no la ruta por carretera. Tiempos: estimación (ⓘ).</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Operator note</source>
        <translation>Nota del operador</translation>
    </message>
    <message>
        <source>Close the note</source>
        <translation>Cerrar la nota</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Cerrar (Escape)</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Dónde: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Cuándo: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not on the map at the time shown.</source>
        <translation>No está en el mapa en el momento mostrado.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Editar la nota</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove the note</source>
        <translation>Quitar la nota</translation>
    </message>
    <message>
        <source>Remove this note? Replays of earlier moments still show it.</source>
        <translation>¿Quitar esta nota? Al revisar momentos anteriores se seguirá mostrando.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Yes, remove the note</source>
        <translation>Sí, quitar la nota</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>No, keep the note</source>
        <translation>No, conservar la nota</translation>
    </message>
</context>
<context>
    <name>NoteEditDialog</name>
    <message>
        <source>where it was pinned</source>
        <translation>donde se fijó</translation>
    </message>
    <message>
        <source>Change the note</source>
        <translation>Modificar la nota</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <source>You are replaying a past moment. The note is written now, so replays show it from now on.</source>
        <translation>Está viendo un momento pasado. La nota se registra con la hora actual, así que al revisar el pasado se mostrará a partir de ahora.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>e.g. Road closed by flooding until 18:00</source>
        <translation>p. ej. Calle cortada por inundación hasta las 18:00</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Pin the note to</source>
        <translation>Fijar la nota en</translation>
    </message>
    <message>
        <source>A point</source>
        <translation>Un punto</translation>
    </message>
    <message>
        <source>A region</source>
        <translation>Una región</translation>
    </message>
    <message>
        <source>No point chosen: close this form and right-click the map where the note belongs.</source>
        <translation>No se ha elegido ningún punto: cierre este formulario y haga clic derecho en el mapa donde corresponda la nota.</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <translation>Elija una región…</translation>
    </message>
    <message>
        <source>Region of the note</source>
        <translation>Región de la nota</translation>
    </message>
    <message>
        <source>Valid from (year-month-day hours:minutes)</source>
        <translation>Válida desde (año-mes-día horas:minutos)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>Valid until (empty: until removed)</source>
        <translation>Válida hasta (vacío: hasta que se quite)</translation>
    </message>
    <message>
        <source>until removed</source>
        <translation>hasta que se quite</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>+%1 h</source>
        <translation>+%1 h</translation>
    </message>
    <message numerus="yes">
        <source>Until %n hour(s) after the start</source>
        <translation>
            <numerusform>Hasta %n hora después del inicio</numerusform>
            <numerusform>Hasta %n horas después del inicio</numerusform>
        </translation>
    </message>
    <message>
        <source>Until removed</source>
        <translation>Hasta que se quite</translation>
    </message>
    <message>
        <source>Written as %1</source>
        <translation>Firmada como %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
</context>
<context>
    <name>NoteStore</name>
    <message>
        <source>Region: there is no region %1 in the store.</source>
        <translation>Región: no hay ninguna región %1 en el almacén.</translation>
    </message>
    <message>
        <source>Text: the note is empty; write what coordinators should know.</source>
        <translation>Texto: la nota está vacía; escriba lo que deben saber los coordinadores.</translation>
    </message>
    <message>
        <source>Text: the note has %1 characters; at most %2 fit on its card.</source>
        <translation>Texto: la nota tiene %1 caracteres; en su ficha caben como máximo %2.</translation>
    </message>
    <message>
        <source>Place: a place needs both a latitude and a longitude.</source>
        <translation>Lugar: un lugar necesita latitud y longitud.</translation>
    </message>
    <message>
        <source>Place: latitude %1 is not between -90 and 90.</source>
        <translation>Lugar: la latitud %1 no está entre -90 y 90.</translation>
    </message>
    <message>
        <source>Place: longitude %1 is not between -180 and 180.</source>
        <translation>Lugar: la longitud %1 no está entre -180 y 180.</translation>
    </message>
    <message>
        <source>Place: the note is pinned nowhere; choose a point on the map or a region.</source>
        <translation>Lugar: la nota no está fijada en ningún sitio; elija un punto del mapa o una región.</translation>
    </message>
    <message>
        <source>Valid from: the note needs the moment it starts to apply.</source>
        <translation>Válida desde: la nota necesita el momento en que empieza a estar vigente.</translation>
    </message>
    <message>
        <source>Valid until: %1 is not after the start, %2.</source>
        <translation>Válida hasta: %1 no es posterior al inicio, %2.</translation>
    </message>
    <message>
        <source>Author: the note does not say who writes it.</source>
        <translation>Autor: la nota no indica quién la escribe.</translation>
    </message>
    <message>
        <source>Cannot add the note: the change has no valid time.</source>
        <translation>No se puede añadir la nota: el cambio no tiene una hora válida.</translation>
    </message>
    <message>
        <source>Cannot add the note: the store refused it (%1).</source>
        <translation>No se puede añadir la nota: el almacén la rechazó (%1).</translation>
    </message>
    <message>
        <source>Cannot change note %1: the change has no valid time.</source>
        <translation>No se puede modificar la nota %1: el cambio no tiene una hora válida.</translation>
    </message>
    <message>
        <source>Cannot change note %1: the store cannot be read (%2).</source>
        <translation>No se puede modificar la nota %1: no se puede leer el almacén (%2).</translation>
    </message>
    <message>
        <source>Cannot change note %1: there is no such note.</source>
        <translation>No se puede modificar la nota %1: esa nota no existe.</translation>
    </message>
    <message>
        <source>Cannot change note %1: it was removed.</source>
        <translation>No se puede modificar la nota %1: se ha quitado.</translation>
    </message>
    <message>
        <source>Cannot change note %1: the store refused it (%2).</source>
        <translation>No se puede modificar la nota %1: el almacén rechazó el cambio (%2).</translation>
    </message>
    <message>
        <source>Cannot change note %1: the audit log refused the entry (%2), so nothing was changed.</source>
        <translation>No se puede modificar la nota %1: el registro de auditoría rechazó la entrada (%2), así que no se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot change note %1: the store could not save it (%2).</source>
        <translation>No se puede modificar la nota %1: el almacén no pudo guardar el cambio (%2).</translation>
    </message>
    <message>
        <source>Cannot remove note %1: the removal does not say who makes it.</source>
        <translation>No se puede quitar la nota %1: no se indica quién la quita.</translation>
    </message>
    <message>
        <source>Cannot remove note %1: the removal has no valid time.</source>
        <translation>No se puede quitar la nota %1: la retirada no tiene una hora válida.</translation>
    </message>
    <message>
        <source>Cannot remove note %1: the store refused it (%2).</source>
        <translation>No se puede quitar la nota %1: el almacén rechazó la retirada (%2).</translation>
    </message>
    <message>
        <source>Cannot remove note %1: it was removed already.</source>
        <translation>No se puede quitar la nota %1: ya se había quitado.</translation>
    </message>
    <message>
        <source>Cannot remove note %1: there is no such note.</source>
        <translation>No se puede quitar la nota %1: esa nota no existe.</translation>
    </message>
    <message>
        <source>Cannot remove note %1: the audit log refused the entry (%2), so nothing was changed.</source>
        <translation>No se puede quitar la nota %1: el registro de auditoría rechazó la entrada (%2), así que no se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot remove note %1: the store could not save it (%2).</source>
        <translation>No se puede quitar la nota %1: el almacén no pudo guardar la retirada (%2).</translation>
    </message>
</context>
<context>
    <name>NoteTimeMarks</name>
    <message numerus="yes">
        <source>Notes on the time line: %n note(s). Left and right arrows move to the previous or next note.</source>
        <translation>
            <numerusform>Notas en la línea de tiempo: %n nota. Las flechas izquierda y derecha pasan a la nota anterior o siguiente.</numerusform>
            <numerusform>Notas en la línea de tiempo: %n notas. Las flechas izquierda y derecha pasan a la nota anterior o siguiente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes: ← previous, → next</source>
        <translation>Notas: ← anterior, → siguiente</translation>
    </message>
</context>
<context>
    <name>NotesLayer</name>
    <message>
        <source>the centre of the map</source>
        <translation>el centro del mapa</translation>
    </message>
    <message>
        <source>Note: %1. %2. %3</source>
        <translation>Nota: %1. %2. %3</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>Notes now (%1)</source>
        <translation>Notas ahora (%1)</translation>
    </message>
    <message>
        <source>Notes at %1 (%2)</source>
        <translation>Notas el %1 (%2)</translation>
    </message>
    <message>
        <source>+ Add note</source>
        <translation>+ Añadir nota</translation>
    </message>
    <message>
        <source>Add a note at the centre of the map</source>
        <translation>Añadir una nota en el centro del mapa</translation>
    </message>
    <message>
        <source>Add a note at the centre of the map (N on the map; right-click or press and hold the map for another place)</source>
        <translation>Añadir una nota en el centro del mapa (N en el mapa; para otro lugar, haga clic derecho o mantenga pulsado el mapa)</translation>
    </message>
    <message>
        <source>No notes at this moment.</source>
        <translation>No hay notas en este momento.</translation>
    </message>
    <message>
        <source>Notes at the time shown</source>
        <translation>Notas en el momento mostrado</translation>
    </message>
    <message>
        <source>%1. %2. %3. By %4</source>
        <translation>%1. %2. %3. Por %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>OccupancyAlternatives</name>
    <message>
        <source>Less crowded alternatives</source>
        <translation>Alternativas menos concurridas</translation>
    </message>
    <message>
        <source>Not needed: this site is green.</source>
        <translation>No hace falta: este lugar está en verde.</translation>
    </message>
    <message>
        <source>Shown when the site is amber, red or closed; its light is not known now.</source>
        <translation>Se muestran cuando el lugar está en ámbar, rojo o cerrado; ahora no se conoce su semáforo.</translation>
    </message>
    <message>
        <source>No %1 nearby is green right now.</source>
        <translation>Ahora mismo ningún lugar cercano de tipo %1 está en verde.</translation>
    </message>
    <message>
        <source>%1 % full</source>
        <translation>ocupación del %1 %</translation>
    </message>
    <message>
        <source>green</source>
        <translation>en verde</translation>
    </message>
    <message>
        <source>%1 — %2 away, %3</source>
        <translation>%1 — a %2, %3</translation>
    </message>
    <message>
        <source>Go to %1, %2 away, %3</source>
        <translation>Ir a %1, a %2, %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>OccupancyDayChart</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>Today against a usual %1</source>
        <translation>Hoy frente a un %1 habitual</translation>
    </message>
    <message>
        <source>%1 against a usual %2</source>
        <translation>%1 frente a un %2 habitual</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reading(s) that day, %2 hours with a usual value</source>
        <translation>
            <numerusform>%1: %n lectura ese día, %2 horas con valor habitual</numerusform>
            <numerusform>%1: %n lecturas ese día, %2 horas con valor habitual</numerusform>
        </translation>
    </message>
    <message>
        <source>% of capacity</source>
        <translation>% del aforo</translation>
    </message>
    <message>
        <source>usual</source>
        <translation>habitual</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>ámbar</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rojo</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
</context>
<context>
    <name>OccupancyHeatmap</name>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: sin datos</translation>
    </message>
    <message numerus="yes">
        <source>%1: typically %2 % full, from %n reading(s)</source>
        <translation>
            <numerusform>%1: ocupación típica del %2 %, según %n lectura</numerusform>
            <numerusform>%1: ocupación típica del %2 %, según %n lecturas</numerusform>
        </translation>
    </message>
    <message>
        <source>Typical occupancy by weekday and hour</source>
        <translation>Ocupación típica por día de la semana y hora</translation>
    </message>
</context>
<context>
    <name>OccupancyLegend</name>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lights at %1:</source>
        <translation>Semáforo en %1:</translation>
    </message>
    <message>
        <source>Lights (default thresholds; each site has its own):</source>
        <translation>Semáforo (umbrales por omisión; cada lugar tiene los suyos):</translation>
    </message>
    <message>
        <source>under %1 %</source>
        <translation>menos del %1 %</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <source>%1 % and over</source>
        <translation>%1 % o más</translation>
    </message>
    <message>
        <source>%1 % and over: access closed</source>
        <translation>%1 % o más: acceso cerrado</translation>
    </message>
    <message>
        <source>this site does not close</source>
        <translation>este lugar no cierra</translation>
    </message>
    <message numerus="yes">
        <source>no reading in the last %n minute(s)</source>
        <translation>
            <numerusform>sin lecturas desde hace %n minuto</numerusform>
            <numerusform>sin lecturas desde hace %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>A light steps down only %1 points below its line, so it does not flicker.</source>
        <translation>Un semáforo solo vuelve al color inferior %1 puntos por debajo de su umbral, para que no parpadee.</translation>
    </message>
</context>
<context>
    <name>OccupancyMap</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>Crowding map: every site as a traffic light with its occupancy. N and P select the next and previous site, Escape clears the selection. Arrow keys pan, plus and minus zoom, 0 shows the whole city.</source>
        <translation>Mapa de aglomeración: cada lugar como un semáforo con su ocupación. N y P seleccionan el lugar siguiente y el anterior, Escape borra la selección. Las flechas desplazan, más y menos cambian el zoom, 0 muestra toda la ciudad.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>OccupancyPage</name>
    <message numerus="yes">
        <source>%1: %n site(s)</source>
        <translation>
            <numerusform>%1: %n lugar</numerusform>
            <numerusform>%1: %n lugares</numerusform>
        </translation>
    </message>
    <message>
        <source>Crowding now</source>
        <translation>Aglomeración ahora</translation>
    </message>
    <message>
        <source>Crowding at %1</source>
        <translation>Aglomeración el %1</translation>
    </message>
</context>
<context>
    <name>OccupancySiteCard</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>level %1 of 3</source>
        <translation>nivel %1 de 3</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>%1 people of %2</source>
        <translation>%1 de %2 personas</translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation>aforo %1</translation>
    </message>
    <message>
        <source>no reading yet</source>
        <translation>aún sin lecturas</translation>
    </message>
    <message>
        <source>stale since %1</source>
        <translation>desactualizado desde %1</translation>
    </message>
    <message>
        <source>read at %1</source>
        <translation>lectura: %1</translation>
    </message>
    <message>
        <source>Site card: %1</source>
        <translation>Ficha del lugar: %1</translation>
    </message>
    <message>
        <source>Site card</source>
        <translation>Ficha del lugar</translation>
    </message>
    <message>
        <source>Select a site on the map or in the list to see its day, its usual week and where else to go.</source>
        <translation>Seleccione un lugar en el mapa o en la lista para ver su día, su semana habitual y adónde más se puede ir.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 semanas</translation>
    </message>
    <message>
        <source>8 weeks</source>
        <translation>8 semanas</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12 semanas</translation>
    </message>
    <message>
        <source>Weeks the usual occupancy is taken over</source>
        <translation>Semanas con las que se calcula la ocupación habitual</translation>
    </message>
    <message>
        <source>Mean % full per weekday and hour (the city&apos;s time), tinted by the light it would show; – no readings. Outlined: the time cursor&apos;s hour.</source>
        <translation>Ocupación media (%) por día de la semana y hora (hora de la ciudad), coloreada según el semáforo que mostraría; – sin lecturas. Con borde: la hora del cursor de tiempo.</translation>
    </message>
</context>
<context>
    <name>OccupancySiteRow</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>– / %1</source>
        <translation>– / %1</translation>
    </message>
    <message>
        <source>No reading</source>
        <translation>Sin lecturas</translation>
    </message>
    <message>
        <source>stale since %1</source>
        <translation>desactualizado desde %1</translation>
    </message>
    <message>
        <source>light %1</source>
        <translation>semáforo %1</translation>
    </message>
    <message>
        <source>occupancy %1</source>
        <translation>ocupación %1</translation>
    </message>
    <message>
        <source>%1 people of %2</source>
        <translation>%1 de %2 personas</translation>
    </message>
    <message>
        <source>read at %1</source>
        <translation>lectura: %1</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>seleccionado</translation>
    </message>
</context>
<context>
    <name>OccupancySiteTable</name>
    <message>
        <source>%1, sorted in reverse</source>
        <translation>%1, orden inverso</translation>
    </message>
    <message>
        <source>%1, sorted</source>
        <translation>%1, ordenado</translation>
    </message>
    <message>
        <source>%1, press to sort</source>
        <translation>%1, pulse para ordenar</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Semáforo</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>% full</source>
        <translation>% ocupación</translation>
    </message>
    <message>
        <source>People / capacity</source>
        <translation>Personas / aforo</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Crowding sites</source>
        <translation>Lugares con medición de aforo</translation>
    </message>
    <message>
        <source>This city has no crowding sites yet: add them through a live feed.</source>
        <translation>Esta ciudad aún no tiene lugares con medición de aforo: añádalos mediante una fuente en directo.</translation>
    </message>
</context>
<context>
    <name>OpeningHours</name>
    <message>
        <source>&apos;%1&apos; names neither days nor times</source>
        <translation>&apos;%1&apos; no indica días ni horas</translation>
    </message>
    <message>
        <source>separate the time ranges in &apos;%1&apos; with &apos;,&apos; (as in 09:00-14:00,17:00-20:00)</source>
        <translation>separe los tramos horarios de &apos;%1&apos; con &apos;,&apos; (como en 09:00-14:00,17:00-20:00)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; continues with days after &apos;,&apos;; start a new rule with &apos;;&apos; instead</source>
        <translation>&apos;%1&apos; sigue con días después de &apos;,&apos;; empiece una regla nueva con &apos;;&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>&apos;%1&apos; inesperado en &apos;%2&apos;</translation>
    </message>
    <message>
        <source>public and school holidays (%1) are not supported, in &apos;%2&apos;</source>
        <translation>los festivos y las vacaciones escolares (%1) no se admiten, en &apos;%2&apos;</translation>
    </message>
    <message>
        <source>expected a day (Mo, Tu, We, Th, Fr, Sa, Su) at &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>se esperaba un día (Mo, Tu, We, Th, Fr, Sa, Su) donde está &apos;%1&apos; en &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown day &apos;%1&apos; in &apos;%2&apos; (days are written Mo, Tu, We, Th, Fr, Sa, Su)</source>
        <translation>día desconocido &apos;%1&apos; en &apos;%2&apos; (los días se escriben Mo, Tu, We, Th, Fr, Sa, Su)</translation>
    </message>
    <message>
        <source>expected a time as HH:MM at &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>se esperaba una hora en formato HH:MM donde está &apos;%1&apos; en &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is not a valid time in &apos;%2&apos;</source>
        <translation>%1 no es una hora válida en &apos;%2&apos;</translation>
    </message>
    <message>
        <source>opening time 24:00 in &apos;%1&apos; is the end of the day; write 00:00</source>
        <translation>la hora de apertura 24:00 en &apos;%1&apos; es el final del día; escriba 00:00</translation>
    </message>
    <message>
        <source>expected &apos;-&apos; and a closing time after %1 in &apos;%2&apos;</source>
        <translation>se esperaba &apos;-&apos; y una hora de cierre después de %1 en &apos;%2&apos;</translation>
    </message>
    <message>
        <source>closing time %1 is the same as opening time %2 in &apos;%3&apos;</source>
        <translation>la hora de cierre %1 es igual a la de apertura %2 en &apos;%3&apos;</translation>
    </message>
    <message>
        <source>closing time %1 is before opening time %2 in &apos;%3&apos; (a range past midnight opens after noon and closes by noon, like 22:00-02:00)</source>
        <translation>la hora de cierre %1 es anterior a la de apertura %2 en &apos;%3&apos; (un tramo que pasa de medianoche abre después de mediodía y cierra como muy tarde a mediodía, como 22:00-02:00)</translation>
    </message>
    <message>
        <source>%1-%2 in &apos;%3&apos; is longer than a day</source>
        <translation>%1-%2 en &apos;%3&apos; dura más de un día</translation>
    </message>
    <message>
        <source>no opening hours given</source>
        <translation>no se indicó ningún horario</translation>
    </message>
    <message>
        <source>empty rule between &apos;;&apos; in &apos;%1&apos;</source>
        <translation>regla vacía entre &apos;;&apos; en &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>OverviewAlerts</name>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Open alerts (%1)</source>
        <translation>Alertas abiertas (%1)</translation>
    </message>
    <message>
        <source>Open the alert centre</source>
        <translation>Abrir el centro de alertas</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertas abiertas</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>sin confirmar</translation>
    </message>
    <message>
        <source>✓ Acknowledged</source>
        <translation>✓ Confirmada</translation>
    </message>
    <message>
        <source>Alerts are not available in this build.</source>
        <translation>Las alertas no están disponibles en esta compilación.</translation>
    </message>
    <message>
        <source>No open alerts at this moment.</source>
        <translation>No hay alertas abiertas en este momento.</translation>
    </message>
</context>
<context>
    <name>OverviewChanges</name>
    <message>
        <source>Since the last briefing</source>
        <translation>Desde el último informe de situación</translation>
    </message>
    <message>
        <source>Mark briefing given</source>
        <translation>Marcar informe de situación como presentado</translation>
    </message>
    <message>
        <source>Records the figures shown now as the last briefing</source>
        <translation>Registra las cifras mostradas ahora como el último informe de situación</translation>
    </message>
    <message>
        <source>Export briefing…</source>
        <translation>Exportar informe de situación…</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) changed</source>
        <translation>
            <numerusform>%n cifra modificada</numerusform>
            <numerusform>%n cifras modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) raised</source>
        <translation>
            <numerusform>%n alerta activada</numerusform>
            <numerusform>%n alertas activadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) written</source>
        <translation>
            <numerusform>%n nota escrita</numerusform>
            <numerusform>%n notas escritas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>(resolved)</source>
        <translation>(resuelta)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more alert(s)</source>
        <translation>
            <numerusform>y %n alerta más</numerusform>
            <numerusform>y %n alertas más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more note(s)</source>
        <translation>
            <numerusform>y %n nota más</numerusform>
            <numerusform>y %n notas más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewMap</name>
    <message numerus="yes">
        <source>Map of %1 with what matters now: %n hospital(s) with low bed availability</source>
        <translation>
            <numerusform>Mapa de %1 con lo importante ahora: %n hospital con baja disponibilidad de camas</numerusform>
            <numerusform>Mapa de %1 con lo importante ahora: %n hospitales con baja disponibilidad de camas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n crowded site(s)</source>
        <translation>
            <numerusform>, %n lugar con aglomeración</numerusform>
            <numerusform>, %n lugares con aglomeración</numerusform>
        </translation>
    </message>
    <message>
        <source>. Arrow keys pan, plus and minus zoom, 0 shows the whole city.</source>
        <translation>. Las flechas desplazan, más y menos cambian el zoom, 0 muestra toda la ciudad.</translation>
    </message>
    <message>
        <source>✚ hospital with low bed availability · %1 crowded site · ⚠ open alert · pins: operator notes</source>
        <translation>✚ hospital con baja disponibilidad de camas · %1 lugar con aglomeración · ⚠ alerta abierta · marcadores: notas del operador</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>%1 now</source>
        <translation>%1 ahora</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>residents</source>
        <translation>habitantes</translation>
    </message>
    <message>
        <source>Every figure shows the time it is valid at. &quot;No data&quot; means nothing was reported, not zero.</source>
        <translation>Cada cifra muestra el momento en que es válida. «Sin datos» significa que no se notificó nada, no cero.</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>Exportar informe de situación</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 residents</source>
        <translation>%1 habitantes</translation>
    </message>
    <message>
        <source>Writing the briefing: %1</source>
        <translation>Generando el informe de situación: %1</translation>
    </message>
</context>
<context>
    <name>PreparingOverlay</name>
    <message>
        <source>Preparing the demo city… %1 %</source>
        <translation>Preparando la ciudad de demostración… %1 %</translation>
    </message>
    <message>
        <source>This happens once: the city is kept in the store for the next start.</source>
        <translation>Esto ocurre una sola vez: la ciudad se guarda en el almacén para el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>PresentationBar</name>
    <message>
        <source>%1 No data yet</source>
        <translation>%1 Aún sin datos</translation>
    </message>
    <message>
        <source>%1 Data stale since %2</source>
        <translation>%1 Datos desactualizados desde %2</translation>
    </message>
    <message>
        <source>%1 Data as of %2</source>
        <translation>%1 Datos a fecha de %2</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En directo</translation>
    </message>
    <message>
        <source>⏮ Replaying %1</source>
        <translation>⏮ Histórico: %1</translation>
    </message>
    <message>
        <source>Intensive-care beds</source>
        <translation>Camas de UCI</translation>
    </message>
    <message>
        <source>General beds</source>
        <translation>Camas generales</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Selección: %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Búsqueda: %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Hospitales</translation>
    </message>
    <message>
        <source>Epidemic</source>
        <translation>Epidemia</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Aforo</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>⏸ Paused · page %1 of %2</source>
        <translation>⏸ En pausa · página %1 de %2</translation>
    </message>
    <message>
        <source>▶ Page %1 of %2 · next in %3 s</source>
        <translation>▶ Página %1 de %2 · siguiente en %3 s</translation>
    </message>
    <message>
        <source>Esc leaves · Space pauses · ←/→ pages</source>
        <translation>Esc: salir · Espacio: pausa · ←/→: páginas</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Playlist…</source>
        <translation>Lista de páginas…</translation>
    </message>
    <message>
        <source>Choose the pages and seconds of the presentation</source>
        <translation>Elegir las páginas y los segundos de la presentación</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
</context>
<context>
    <name>PresentationSettings</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Hospitales</translation>
    </message>
    <message>
        <source>Epidemic</source>
        <translation>Epidemia</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Aforo</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Presentation playlist</source>
        <translation>Páginas de la presentación</translation>
    </message>
    <message>
        <source>Seconds per page</source>
        <translation>Segundos por página</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot use %1 as the store: it is a folder, not a database file.</source>
        <translation>No se puede usar %1 como almacén: es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>Cannot create the store %1: the folder %2 does not exist.</source>
        <translation>No se puede crear el almacén %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Cannot create the store %1: the folder %2 is not writable by this user.</source>
        <translation>No se puede crear el almacén %1: este usuario no puede escribir en la carpeta %2.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: this user may not read it.</source>
        <translation>No se puede abrir el almacén %1: este usuario no tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: the file is read-only for this user.</source>
        <translation>No se puede abrir el almacén %1: el archivo es de solo lectura para este usuario.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2.</source>
        <translation>No se puede abrir el almacén %1: %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not an SQLite database (wrong file, or a file that only has a .db name). It was left untouched.</source>
        <translation>No se puede abrir %1: no es una base de datos SQLite (archivo equivocado, o un archivo que solo tiene nombre .db). No se ha modificado.</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>en memoria</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not an SQLite database. It was left untouched.</source>
        <translation>No se puede abrir %1: no es una base de datos SQLite. No se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot open %1: the database file is damaged (%2). It was left untouched; restore it from a backup or start with a new --db file.</source>
        <translation>No se puede abrir %1: el archivo de base de datos está dañado (%2). No se ha modificado; restáurelo desde una copia de seguridad o empiece con un archivo --db nuevo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: it is read-only for this user.</source>
        <translation>No se puede abrir el almacén %1: es de solo lectura para este usuario.</translation>
    </message>
    <message>
        <source>Cannot open %1: the database file is damaged (%2). It was left untouched.</source>
        <translation>No se puede abrir %1: el archivo de base de datos está dañado (%2). No se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot use %1 as the store: it is an SQLite database of another application (it has tables but no Atalaya schema). It was left untouched.</source>
        <translation>No se puede usar %1 como almacén: es una base de datos SQLite de otra aplicación (tiene tablas pero no el esquema de Atalaya). No se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot open %1: it was written by a newer Atalaya (store schema %2, this version knows up to %3). Open it with that newer version; it was left untouched.</source>
        <translation>No se puede abrir %1: lo escribió una versión más reciente de Atalaya (esquema %2; esta versión conoce hasta el %3). Ábralo con esa versión más reciente; no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot update the store %1 to schema %2: %3. Nothing was changed.</source>
        <translation>No se puede actualizar el almacén %1 al esquema %2: %3. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: the database &quot;%2&quot; does not exist on %3. Atalaya never creates one; ask the database administrator to create it (for example createdb --owner=ROLE %2).</source>
        <translation>No se puede abrir el almacén %1: la base de datos &quot;%2&quot; no existe en %3. Atalaya nunca crea bases de datos; pida al administrador de bases de datos que la cree (por ejemplo, createdb --owner=ROL %2).</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2 refused the connection (%3). Check the user name; keep its password in ~/.pgpass (or the file PGPASSFILE names) or in a service file, never in the URL.</source>
        <translation>No se puede abrir el almacén %1: %2 rechazó la conexión (%3). Compruebe el nombre de usuario; guarde su contraseña en ~/.pgpass (o en el archivo que indique PGPASSFILE) o en un archivo de servicio, nunca en la URL.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: no PostgreSQL server answers at %2 (%3). Check that the server runs and accepts connections there.</source>
        <translation>No se puede abrir el almacén %1: ningún servidor PostgreSQL responde en %2 (%3). Compruebe que el servidor está en marcha y acepta conexiones en esa dirección.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed. Install it (on Debian: libqt6sql6-psql) or use an SQLite store file.</source>
        <translation>No se puede abrir el almacén %1: el controlador PostgreSQL de Qt (QPSQL) no está instalado. Instálelo (en Debian: libqt6sql6-psql) o use un archivo SQLite como almacén.</translation>
    </message>
    <message>
        <source>Cannot check the schema of the store %1: %2.</source>
        <translation>No se puede comprobar el esquema del almacén %1: %2.</translation>
    </message>
    <message>
        <source>Cannot use %1 as the store: the database has tables of another application (%2) but no Atalaya schema. It was left untouched; give Atalaya a database of its own.</source>
        <translation>No se puede usar %1 como almacén: la base de datos tiene tablas de otra aplicación (%2) pero no el esquema de Atalaya. No se ha modificado; asigne a Atalaya una base de datos propia.</translation>
    </message>
    <message>
        <source>Cannot open %1: the database role %2 has no Atalaya role in it. An administrator grants one: GRANT atalaya_viewer (or atalaya_editor, atalaya_admin) TO %2;</source>
        <translation>No se puede abrir %1: el rol de base de datos %2 no tiene ningún rol de Atalaya en ese almacén. Un administrador debe concederle uno: GRANT atalaya_viewer (o atalaya_editor, atalaya_admin) TO %2;</translation>
    </message>
</context>
<context>
    <name>RegionImport</name>
    <message>
        <source>no geometry (a region needs a Polygon or MultiPolygon)</source>
        <translation>sin geometría (una región necesita un Polygon o MultiPolygon)</translation>
    </message>
    <message>
        <source>the geometry is not a GeoJSON object</source>
        <translation>la geometría no es un objeto GeoJSON</translation>
    </message>
    <message>
        <source>the MultiPolygon&apos;s coordinates are not an array of polygons</source>
        <translation>las coordenadas del MultiPolygon no son un array de polígonos</translation>
    </message>
    <message>
        <source>polygon %1, </source>
        <translation>polígono %1, </translation>
    </message>
    <message>
        <source>the geometry has no type (a region needs a Polygon or MultiPolygon)</source>
        <translation>la geometría no tiene tipo (una región necesita un Polygon o MultiPolygon)</translation>
    </message>
    <message>
        <source>a %1 is not an area; a region needs a Polygon or MultiPolygon</source>
        <translation>una geometría %1 no es un área; una región necesita un Polygon o MultiPolygon</translation>
    </message>
    <message>
        <source>%1the coordinates are not an array of rings</source>
        <translation>%1las coordenadas no son un array de anillos</translation>
    </message>
    <message>
        <source>%1ring %2</source>
        <translation>%1anillo %2</translation>
    </message>
    <message>
        <source>%1 is not an array of positions</source>
        <translation>%1 no es un array de posiciones</translation>
    </message>
    <message>
        <source>%1, position %2: %3 is not a [longitude, latitude] pair</source>
        <translation>%1, posición %2: %3 no es un par [longitud, latitud]</translation>
    </message>
    <message>
        <source>%1, position %2: latitude %3 is outside -90..90; the positions look like [latitude, longitude], GeoJSON wants [longitude, latitude]</source>
        <translation>%1, posición %2: la latitud %3 está fuera de -90..90; las posiciones parecen [latitud, longitud], GeoJSON pide [longitud, latitud]</translation>
    </message>
    <message>
        <source>%1, position %2: [%3, %4] is outside longitude -180..180, latitude -90..90 (are the coordinates projected, in metres?)</source>
        <translation>%1, posición %2: [%3, %4] está fuera de longitud -180..180, latitud -90..90 (¿están las coordenadas proyectadas, en metros?)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n position(s); a closed ring needs at least 4</source>
        <translation>
            <numerusform>%1 tiene %n posición; un anillo cerrado necesita al menos 4</numerusform>
            <numerusform>%1 tiene %n posiciones; un anillo cerrado necesita al menos 4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not closed (its last position must repeat its first)</source>
        <translation>%1 no está cerrado (su última posición debe repetir la primera)</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not GeoJSON (it does not start with “{”). Convert it to a GeoJSON FeatureCollection first (for example with ogr2ogr -f GeoJSON).</source>
        <translation>El archivo no es GeoJSON (no empieza por “{”). Conviértalo primero en una FeatureCollection GeoJSON (por ejemplo, con ogr2ogr -f GeoJSON).</translation>
    </message>
    <message>
        <source>The file starts like GeoJSON but is not valid JSON: %1 at character %2.</source>
        <translation>El archivo empieza como GeoJSON pero no es JSON válido: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>The file is a JSON array, not a GeoJSON FeatureCollection or Feature.</source>
        <translation>El archivo es un array JSON, no una FeatureCollection ni una Feature GeoJSON.</translation>
    </message>
    <message>
        <source>The file is JSON but not GeoJSON: it has no “type” member (FeatureCollection or Feature expected).</source>
        <translation>El archivo es JSON pero no GeoJSON: no tiene el miembro “type” (se esperaba FeatureCollection o Feature).</translation>
    </message>
    <message>
        <source>The file is a bare %1 geometry, with no properties to give the region&apos;s code and name; wrap it in a Feature that has them.</source>
        <translation>El archivo es una geometría %1 suelta, sin propiedades que den el código y el nombre de la región; inclúyala en una Feature que los tenga.</translation>
    </message>
    <message>
        <source>The file is JSON but not a GeoJSON FeatureCollection or Feature (its “type” is “%1”).</source>
        <translation>El archivo es JSON pero no una FeatureCollection ni una Feature GeoJSON (su “type” es “%1”).</translation>
    </message>
    <message>
        <source>The coordinates are in %1, not in WGS 84 longitude and latitude as GeoJSON (RFC 7946) requires; convert the file first (for example ogr2ogr -t_srs EPSG:4326).</source>
        <translation>Las coordenadas están en %1, no en longitud y latitud WGS 84 como exige GeoJSON (RFC 7946); convierta primero el archivo (por ejemplo, ogr2ogr -t_srs EPSG:4326).</translation>
    </message>
    <message>
        <source>The FeatureCollection has no “features” array.</source>
        <translation>La FeatureCollection no tiene el array “features”.</translation>
    </message>
    <message>
        <source>The file holds no features.</source>
        <translation>El archivo no contiene ningún elemento.</translation>
    </message>
    <message>
        <source>not a GeoJSON Feature</source>
        <translation>no es una Feature GeoJSON</translation>
    </message>
    <message>
        <source>no level (district, neighbourhood or post code) given</source>
        <translation>no se indica el nivel (distrito, barrio o código postal)</translation>
    </message>
    <message>
        <source>“%1” is not a region level (district, neighbourhood or post code)</source>
        <translation>“%1” no es un nivel de región (distrito, barrio o código postal)</translation>
    </message>
    <message>
        <source>no code (such as “code”, “codigo” or “id”)</source>
        <translation>sin código (como “code”, “codigo” o “id”)</translation>
    </message>
    <message>
        <source>%1 is not a code</source>
        <translation>%1 no es un código</translation>
    </message>
    <message>
        <source>no name (such as “name”, “nombre” or “nome”)</source>
        <translation>sin nombre (como “name”, “nombre” o “nome”)</translation>
    </message>
    <message>
        <source>%1 is not a name</source>
        <translation>%1 no es un nombre</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of people</source>
        <translation>“%1” no es un número entero de personas</translation>
    </message>
    <message>
        <source>“%1” is not an area (a number above 0)</source>
        <translation>“%1” no es un área (un número mayor que 0)</translation>
    </message>
    <message>
        <source>“%1” is not a share of people (0 to 1, or a percentage)</source>
        <translation>“%1” no es una proporción de personas (de 0 a 1, o un porcentaje)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” no es un número</translation>
    </message>
    <message>
        <source>the polygon encloses no area</source>
        <translation>el polígono no encierra ningún área</translation>
    </message>
    <message>
        <source>%1 (%2 given, %3 km² drawn)</source>
        <translation>%1 (%2 indicado, %3 km² dibujados)</translation>
    </message>
    <message>
        <source>the shape lies at latitude %1, longitude %2, far from the other regions, which it would join with latitude and longitude swapped: the positions look like [latitude, longitude], GeoJSON wants [longitude, latitude]</source>
        <translation>la forma está en latitud %1, longitud %2, lejos de las demás regiones, a las que se uniría con la latitud y la longitud intercambiadas: las posiciones parecen [latitud, longitud], GeoJSON pide [longitud, latitud]</translation>
    </message>
    <message>
        <source>“%1” (feature %2)</source>
        <translation>“%1” (elemento %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) gave no population (%1): new ones were stored with 0, known ones kept theirs.</source>
        <translation>
            <numerusform>%n región no indicó población (%1): si es nueva se almacenó con 0, si ya era conocida conservó la suya.</numerusform>
            <numerusform>%n regiones no indicaron población (%1): las nuevas se almacenaron con 0, las ya conocidas conservaron la suya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s) of people over 65 were percentages and were stored as fractions (21.5 as 0.215).</source>
        <translation>
            <numerusform>%n proporción de mayores de 65 años era un porcentaje y se almacenó como fracción (21.5 como 0.215).</numerusform>
            <numerusform>%n proporciones de mayores de 65 años eran porcentajes y se almacenaron como fracciones (21.5 como 0.215).</numerusform>
        </translation>
    </message>
    <message>
        <source>Areas that cannot be in km² (m² or hectares?) were replaced by the polygon&apos;s own: %1.</source>
        <translation>Las áreas que no pueden estar en km² (¿m² o hectáreas?) se sustituyeron por las del propio polígono: %1.</translation>
    </message>
    <message>
        <source>Areas kept as given although the polygon&apos;s differs by more than half: %1.</source>
        <translation>Áreas conservadas tal como venían aunque la del polígono difiere en más de la mitad: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) named another level in their properties; all were read as %1 as asked.</source>
        <translation>
            <numerusform>%n elemento indicaba otro nivel en sus propiedades; se leyó como %1, como se pidió.</numerusform>
            <numerusform>%n elementos indicaban otro nivel en sus propiedades; todos se leyeron como %1, como se pidió.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parents that matched no region in the store or the file: %1.</source>
        <translation>Regiones superiores que no coinciden con ninguna región del almacén ni del archivo: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n neighbourhood(s) were placed in the district that contains them.</source>
        <translation>
            <numerusform>%n barrio se asignó al distrito que lo contiene.</numerusform>
            <numerusform>%n barrios se asignaron al distrito que los contiene.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neighbourhoods in no district of the store, kept without one: %1.</source>
        <translation>Barrios fuera de todos los distritos del almacén, guardados sin distrito: %1.</translation>
    </message>
    <message>
        <source>Properties not imported: %1.</source>
        <translation>Propiedades no importadas: %1.</translation>
    </message>
    <message>
        <source>district</source>
        <translation>distrito</translation>
    </message>
    <message>
        <source>neighbourhood</source>
        <translation>barrio</translation>
    </message>
    <message>
        <source>post code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>“%1” is not a region level (district, neighbourhood or postcode).</source>
        <translation>“%1” no es un nivel de región (district, neighbourhood o postcode).</translation>
    </message>
    <message>
        <source>No feature says which level it is (a “level”, “nivel” or “tipo” property); choose the level of the regions: district, neighbourhood or postcode.</source>
        <translation>Ningún elemento indica su nivel (una propiedad “level”, “nivel” o “tipo”); elija el nivel de las regiones: district, neighbourhood o postcode.</translation>
    </message>
    <message>
        <source>the same %1 “%2” as feature %3, which was kept</source>
        <translation>el mismo %1 “%2” que el elemento %3, que se conservó</translation>
    </message>
    <message>
        <source>Writing to the store failed (%1); nothing was imported.</source>
        <translation>Falló la escritura en el almacén (%1); no se importó nada.</translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation>no se pudo confirmar la transacción</translation>
    </message>
    <message>
        <source>Refused %1: %2 Nothing was changed.</source>
        <translation>Se rechazó %1: %2 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Imported %1 (GeoJSON).</source>
        <translation>Se importó %1 (GeoJSON).</translation>
    </message>
    <message>
        <source>Features read: %1. Regions new: %2, updated: %3, unchanged: %4. Features skipped: %5.</source>
        <translation>Elementos leídos: %1. Regiones nuevas: %2, actualizadas: %3, sin cambios: %4. Elementos omitidos: %5.</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Omitidos:</translation>
    </message>
    <message>
        <source>  feature %1: %2</source>
        <translation>  elemento %1: %2</translation>
    </message>
    <message>
        <source>  feature %1, %2: %3</source>
        <translation>  elemento %1, %2: %3</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
</context>
<context>
    <name>RiskScheme</name>
    <message>
        <source>Insufficient data</source>
        <translation>Datos insuficientes</translation>
    </message>
    <message>
        <source>US CDC 2021 community transmission</source>
        <translation>CDC EE. UU. 2021, transmisión comunitaria</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Sustancial</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>ECDC 2020 traffic lights</source>
        <translation>Semáforo ECDC 2020</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>Dark red</source>
        <translation>Rojo oscuro</translation>
    </message>
    <message>
        <source>Germany 2021: 7-day incidence 100</source>
        <translation>Alemania 2021: umbral de 100 en la incidencia a 7 días</translation>
    </message>
    <message>
        <source>At or below 100</source>
        <translation>Igual o inferior a 100</translation>
    </message>
    <message>
        <source>Above 100</source>
        <translation>Superior a 100</translation>
    </message>
</context>
<context>
    <name>RiskSchemeReader</name>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>scheme %1</source>
        <translation>esquema %1</translation>
    </message>
    <message>
        <source>schemes[%1]</source>
        <translation>schemes[%1]</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>se esperaba un objeto, se encontró %1</translation>
    </message>
    <message>
        <source>scheme &apos;%1&apos;</source>
        <translation>esquema &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>se esperaba un array, se encontró %1</translation>
    </message>
    <message>
        <source>a scheme needs at least 2 levels, got %1</source>
        <translation>un esquema necesita al menos 2 niveles; tiene %1</translation>
    </message>
    <message>
        <source>%1, level %2</source>
        <translation>%1, nivel %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another level</source>
        <translation>&quot;%1&quot; ya lo usa otro nivel</translation>
    </message>
    <message>
        <source>%1, rule %2</source>
        <translation>%1, regla %2</translation>
    </message>
    <message>
        <source>%1, hysteresis</source>
        <translation>%1, histéresis</translation>
    </message>
    <message>
        <source>the scheme has neither rules nor levels with &quot;when&quot;</source>
        <translation>el esquema no tiene reglas ni niveles con &quot;when&quot;</translation>
    </message>
    <message>
        <source>%1: %2, field &apos;%3&apos;: %4</source>
        <translation>%1: %2, campo &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>expected a non-empty string, got %1</source>
        <translation>se esperaba una cadena de texto no vacía, se encontró %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>se esperaba un número, se encontró %1</translation>
    </message>
    <message>
        <source>expected a whole number of days from 1 to 365, got %1</source>
        <translation>se esperaba un número entero de días entre 1 y 365, se encontró %1</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;; known metrics: %2</source>
        <translation>métrica desconocida &quot;%1&quot;; métricas conocidas: %2</translation>
    </message>
    <message>
        <source>item %1: expected a number, got %2</source>
        <translation>elemento %1: se esperaba un número, se encontró %2</translation>
    </message>
    <message>
        <source>thresholds must increase strictly: item %1 (%2) is not above %3</source>
        <translation>los umbrales deben ser estrictamente crecientes: el elemento %1 (%2) no es mayor que %3</translation>
    </message>
    <message>
        <source>expected %1 thresholds, one per step between the %2 levels, got %3</source>
        <translation>se esperaban %1 umbrales, uno por cada paso entre los %2 niveles, se encontraron %3</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>se esperaba true o false, se encontró %1</translation>
    </message>
    <message>
        <source>expected an array of cells, got %1</source>
        <translation>se esperaba un array de celdas, se encontró %1</translation>
    </message>
    <message>
        <source>%1, %2 cell %3</source>
        <translation>%1, %2, celda %3</translation>
    </message>
    <message>
        <source>expected an object of metric bounds, got %1</source>
        <translation>se esperaba un objeto de límites por métrica, se encontró %1</translation>
    </message>
    <message>
        <source>%1, %2 cell %3, metric &apos;%4&apos;</source>
        <translation>%1, %2, celda %3, métrica &apos;%4&apos;</translation>
    </message>
    <message>
        <source>expected an object of bounds, got %1</source>
        <translation>se esperaba un objeto de límites, se encontró %1</translation>
    </message>
    <message>
        <source>unknown bound; use above, atLeast, below or atMost</source>
        <translation>límite desconocido; use above, atLeast, below o atMost</translation>
    </message>
    <message>
        <source>no bound given</source>
        <translation>no se indicó ningún límite</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: not valid JSON: %4</source>
        <translation>%1: línea %2, columna %3: JSON no válido: %4</translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;schemes&quot; array</source>
        <translation>%1: se esperaba un objeto con un array &quot;schemes&quot;</translation>
    </message>
    <message>
        <source>%1: scheme &apos;%2&apos;, field &apos;key&apos;: another scheme in the file has this key</source>
        <translation>%1: esquema &apos;%2&apos;, campo &apos;key&apos;: otro esquema del archivo tiene esta clave</translation>
    </message>
</context>
<context>
    <name>RowBatch</name>
    <message>
        <source>no columns were named for the rows of %1</source>
        <translation>no se indicó ninguna columna para las filas de %1</translation>
    </message>
    <message>
        <source>a row for %1 has %2 values for %3 columns</source>
        <translation>una fila para %1 tiene %2 valores para %3 columnas</translation>
    </message>
    <message>
        <source>the store did not take rows %1 to %2 of %3: %4</source>
        <translation>el almacén no aceptó las filas %1 a %2 de %3: %4</translation>
    </message>
</context>
<context>
    <name>ScaleBar</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation>Escala: %1</translation>
    </message>
</context>
<context>
    <name>ServiceAreaLayer</name>
    <message>
        <source>%1 %2, open %3</source>
        <translation>%1 %2, abierta %3</translation>
    </message>
    <message>
        <source>%1 %2, closed</source>
        <translation>%1 %2, cerrada</translation>
    </message>
</context>
<context>
    <name>ServiceAreaLegend</name>
    <message>
        <source>older people</source>
        <translation>mayores</translation>
    </message>
    <message>
        <source>children</source>
        <translation>niños</translation>
    </message>
    <message>
        <source>sport</source>
        <translation>deporte</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>Recreational areas</source>
        <translation>Áreas recreativas</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>Abiertas para</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Mayores</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Deporte</translation>
    </message>
    <message>
        <source>Show the areas open to</source>
        <translation>Mostrar las áreas abiertas para</translation>
    </message>
    <message>
        <source>%1 Filled: open to %2 %3 (%4 of %5)</source>
        <translation>%1 Relleno: abiertas para %2 %3 (%4 de %5)</translation>
    </message>
    <message>
        <source>%1 Outline only: closed to %2 %3</source>
        <translation>%1 Solo contorno: cerradas para %2 %3</translation>
    </message>
    <message>
        <source>Step the time cursor in the header to see another hour.</source>
        <translation>Mueva el cursor de tiempo de la cabecera para ver otra hora.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Service %1</source>
        <translation>Servicio %1</translation>
    </message>
    <message>
        <source>Close the card</source>
        <translation>Cerrar la ficha</translation>
    </message>
    <message>
        <source>%1 · post code %2</source>
        <translation>%1 · código postal %2</translation>
    </message>
    <message>
        <source>Updated by %1 at %2</source>
        <translation>Actualizado por %1 el %2</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Actualizado el %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>e.g. Mo-Fr 09:00-20:00; Sa 10:00-14:00 (empty: not reported)</source>
        <translation>p. ej. Mo-Fr 09:00-20:00; Sa 10:00-14:00 (vacío: no notificado)</translation>
    </message>
    <message>
        <source>Capacity (people)</source>
        <translation>Capacidad (personas)</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>No notificado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Sin notas</translation>
    </message>
    <message>
        <source>Nearest hospital with a free bed</source>
        <translation>Hospital más cercano con una cama libre</translation>
    </message>
    <message>
        <source>Show the nearest hospitals with a free bed from this service</source>
        <translation>Mostrar los hospitales más cercanos con una cama libre desde este servicio</translation>
    </message>
</context>
<context>
    <name>ServiceEditField</name>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Apply the new %1</source>
        <translation>Aplicar nuevo valor: %1</translation>
    </message>
</context>
<context>
    <name>ServiceExport</name>
    <message>
        <source>%1: the name must end in .geojson, .json or .csv to say the format.</source>
        <translation>%1: el nombre debe terminar en .geojson, .json o .csv para indicar el formato.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>ServiceExportButton</name>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>ServiceHistoryList</name>
    <message>
        <source>History of changes</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Aún no hay cambios registrados.</translation>
    </message>
    <message>
        <source>%1 at %2 changed %3 from %4 to %5</source>
        <translation>%1 cambió %3 de %4 a %5 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>by %1 at %2</source>
        <translation>por %1, %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the change of %1 from %2 to %3</source>
        <translation>Deshacer el cambio de %1 de %2 a %3</translation>
    </message>
</context>
<context>
    <name>ServiceImport</name>
    <message>
        <source>Unknown field “%1” in the column mapping (known: %2).</source>
        <translation>Campo desconocido “%1” en la asignación de columnas (conocidos: %2).</translation>
    </message>
    <message>
        <source>The column mapped to %1 has no name.</source>
        <translation>La columna asignada a %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>the Point&apos;s coordinates are not a [longitude, latitude] pair</source>
        <translation>las coordenadas del Point no son un par [longitud, latitud]</translation>
    </message>
    <message>
        <source>the MultiPolygon&apos;s coordinates are not an array of polygons</source>
        <translation>las coordenadas del MultiPolygon no son un array de polígonos</translation>
    </message>
    <message>
        <source>polygon %1, </source>
        <translation>polígono %1, </translation>
    </message>
    <message>
        <source>the geometry has no type</source>
        <translation>la geometría no tiene tipo</translation>
    </message>
    <message>
        <source>a %1 is neither a point nor an area (Point, Polygon or MultiPolygon)</source>
        <translation>una geometría %1 no es ni un punto ni un área (Point, Polygon o MultiPolygon)</translation>
    </message>
    <message>
        <source>the polygon encloses no area</source>
        <translation>el polígono no encierra ningún área</translation>
    </message>
    <message>
        <source>%1the coordinates are not an array of rings</source>
        <translation>%1las coordenadas no son un array de anillos</translation>
    </message>
    <message>
        <source>%1ring %2</source>
        <translation>%1anillo %2</translation>
    </message>
    <message>
        <source>%1 is not an array of positions</source>
        <translation>%1 no es un array de posiciones</translation>
    </message>
    <message>
        <source>%1, position %2 is not a [longitude, latitude] pair</source>
        <translation>%1, la posición %2 no es un par [longitud, latitud]</translation>
    </message>
    <message>
        <source>%1, position %2: [%3, %4] is outside longitude -180..180, latitude -90..90 (projected coordinates, in metres?)</source>
        <translation>%1, posición %2: [%3, %4] está fuera de longitud -180..180, latitud -90..90 (¿coordenadas proyectadas, en metros?)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n position(s); a closed ring needs at least 4</source>
        <translation>
            <numerusform>%1 tiene %n posición; un anillo cerrado necesita al menos 4</numerusform>
            <numerusform>%1 tiene %n posiciones; un anillo cerrado necesita al menos 4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not closed (its last position must repeat its first)</source>
        <translation>%1 no está cerrado (su última posición debe repetir la primera)</translation>
    </message>
    <message>
        <source>This is not a CSV table: the first line has a single column.</source>
        <translation>Esto no es una tabla CSV: la primera línea tiene una sola columna.</translation>
    </message>
    <message>
        <source>The column mapping names columns the file does not have: %1 (its columns: %2).</source>
        <translation>La asignación de columnas nombra columnas que el archivo no tiene: %1 (sus columnas: %2).</translation>
    </message>
    <message>
        <source>No column with the service&apos;s name (looked for %1); map one with name=COLUMN.</source>
        <translation>No hay ninguna columna con el nombre del servicio (nombres buscados: %1); asigne una con name=COLUMNA.</translation>
    </message>
    <message>
        <source>No coordinate columns (looked for %1 and %2, a “lat,lon” column such as %3, or a geometry column); map them with lat=COLUMN,lon=COLUMN.</source>
        <translation>No hay columnas de coordenadas (se buscaron %1 y %2, una columna “lat,lon” como %3 o una columna de geometría); asígnelas con lat=COLUMNA,lon=COLUMNA.</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>la fila tiene %1 campos y el encabezado tiene %2</translation>
    </message>
    <message>
        <source>The coordinates are in %1, not in WGS 84 longitude and latitude as GeoJSON (RFC 7946) requires; convert the file first (for example ogr2ogr -t_srs EPSG:4326).</source>
        <translation>Las coordenadas están en %1, no en longitud y latitud WGS 84 como exige GeoJSON (RFC 7946); convierta primero el archivo (por ejemplo, ogr2ogr -t_srs EPSG:4326).</translation>
    </message>
    <message>
        <source>The FeatureCollection has no “features” array.</source>
        <translation>La FeatureCollection no tiene el array “features”.</translation>
    </message>
    <message>
        <source>The file holds no features.</source>
        <translation>El archivo no contiene ningún elemento.</translation>
    </message>
    <message>
        <source>not a GeoJSON Feature</source>
        <translation>no es una Feature GeoJSON</translation>
    </message>
    <message>
        <source>The JSON holds neither GeoJSON nor FIWARE NGSI-v2 entities (objects with “id” and “type”).</source>
        <translation>El JSON no contiene ni GeoJSON ni entidades FIWARE NGSI-v2 (objetos con “id” y “type”).</translation>
    </message>
    <message>
        <source>not an entity (no “id” and “type”)</source>
        <translation>no es una entidad (no tiene “id” y “type”)</translation>
    </message>
    <message>
        <source>The file is named .%1 but is not JSON (it does not start with “{” or “[”).</source>
        <translation>El archivo tiene la extensión .%1 pero no es JSON (no empieza por “{” ni “[”).</translation>
    </message>
    <message>
        <source>The file is named .%1 but holds JSON; name it .geojson or .json to import it as GeoJSON or FIWARE entities.</source>
        <translation>El archivo tiene la extensión .%1 pero contiene JSON; cámbiela a .geojson o .json para importarlo como GeoJSON o como entidades FIWARE.</translation>
    </message>
    <message>
        <source>The file starts like JSON but is not valid JSON: %1 at character %2.</source>
        <translation>El archivo empieza como JSON pero no es JSON válido: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>The file is a bare %1 geometry, with no properties to give the service&apos;s name; wrap it in a Feature that has them.</source>
        <translation>El archivo es una geometría %1 suelta, sin propiedades que den el nombre del servicio; inclúyala en una Feature que las tenga.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>“%1” is not a GeoJSON geometry</source>
        <translation>“%1” no es una geometría GeoJSON</translation>
    </message>
    <message>
        <source>“%1” is neither a GeoJSON geometry nor a WKT POINT</source>
        <translation>“%1” no es ni una geometría GeoJSON ni un POINT WKT</translation>
    </message>
    <message>
        <source>“%1” is not a “lat,lon” pair</source>
        <translation>“%1” no es un par “lat,lon”</translation>
    </message>
    <message>
        <source>the other coordinate is given but this one is empty</source>
        <translation>la otra coordenada está indicada, pero esta está vacía</translation>
    </message>
    <message>
        <source>“%1” is not a coordinate</source>
        <translation>“%1” no es una coordenada</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>sin coordenadas</translation>
    </message>
    <message>
        <source>the coordinates are not finite numbers</source>
        <translation>las coordenadas no son números finitos</translation>
    </message>
    <message>
        <source>“%1” is not a status (open, limited or closed; abierto, limitado, cerrado; aberto, limitado, fechado)</source>
        <translation>“%1” no es un estado (open, limited o closed; abierto, limitado, cerrado; aberto, limitado, fechado)</translation>
    </message>
    <message>
        <source>“%1” are not opening hours (%2); stored as not reported</source>
        <translation>“%1” no es un horario (%2); se almacenó como no notificado</translation>
    </message>
    <message>
        <source>“%1” is not a capacity (a whole number, 0 or more); stored as not reported</source>
        <translation>“%1” no es una capacidad (un número entero, 0 o más); se almacenó como no notificada</translation>
    </message>
    <message>
        <source>%1 is not a position on Earth; read as latitude %2, longitude %3 (the two were the other way round)</source>
        <translation>%1 no es una posición en la Tierra; se leyó como latitud %2, longitud %3 (estaban invertidas)</translation>
    </message>
    <message>
        <source>%1 is not a position on Earth (latitude -90..90, longitude -180..180; projected coordinates, in metres?)</source>
        <translation>%1 no es una posición en la Tierra (latitud -90..90, longitud -180..180; ¿coordenadas proyectadas, en metros?)</translation>
    </message>
    <message>
        <source>%1 is %2 km from the file&apos;s other services; imported as given, check it</source>
        <translation>%1 está a %2 km de los demás servicios del archivo; importado tal como venía, compruébelo</translation>
    </message>
    <message>
        <source>%1 is %2 km outside the city; imported as given, check it</source>
        <translation>%1 está a %2 km fuera de la ciudad; importado tal como venía, compruébelo</translation>
    </message>
    <message>
        <source>The store has no city boundary yet; locations were checked against the middle of the file&apos;s own services.</source>
        <translation>El almacén aún no tiene el límite de la ciudad; las ubicaciones se compararon con el centro de los propios servicios del archivo.</translation>
    </message>
    <message>
        <source>The file mixes keyValues and normalized entities; both were read.</source>
        <translation>El archivo mezcla entidades keyValues y normalized; se leyeron ambos tipos.</translation>
    </message>
    <message>
        <source>Entities of type %1 were read as points of interest.</source>
        <translation>Las entidades de tipo %1 se leyeron como puntos de interés.</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>No importados: %1.</translation>
    </message>
    <message>
        <source>“%1” is not field=COLUMN (fields: %2).</source>
        <translation>“%1” no es campo=COLUMNA (campos: %2).</translation>
    </message>
    <message>
        <source>“%1” is not a field; the fields are %2.</source>
        <translation>“%1” no es un campo; los campos son %2.</translation>
    </message>
    <message>
        <source>the field %1 is mapped to no column.</source>
        <translation>el campo %1 no está asignado a ninguna columna.</translation>
    </message>
    <message>
        <source>the field %1 is mapped twice.</source>
        <translation>el campo %1 está asignado dos veces.</translation>
    </message>
    <message>
        <source>the mapping is empty; write field=COLUMN,... (fields: %1).</source>
        <translation>la asignación está vacía; escriba campo=COLUMNA,... (campos: %1).</translation>
    </message>
    <message>
        <source>The category “%1” cannot be used: %2.</source>
        <translation>No se puede usar la categoría “%1”: %2.</translation>
    </message>
    <message>
        <source>GeoJSON, CSV or JSON</source>
        <translation>GeoJSON, CSV o JSON</translation>
    </message>
    <message>
        <source>The column mapping names properties no record has: %1.</source>
        <translation>La asignación de columnas nombra propiedades que ningún registro tiene: %1.</translation>
    </message>
    <message>
        <source>The store cannot be read: %1.</source>
        <translation>No se puede leer el almacén: %1.</translation>
    </message>
    <message>
        <source>The category “%1” cannot be created: the store has %2 categories already, as many as the map can tell apart.</source>
        <translation>No se puede crear la categoría “%1”: el almacén ya tiene %2 categorías, tantas como el mapa puede distinguir.</translation>
    </message>
    <message>
        <source>Writing to the store failed (%1); nothing was imported.</source>
        <translation>Falló la escritura en el almacén (%1); no se importó nada.</translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation>no se pudo confirmar la transacción</translation>
    </message>
    <message>
        <source>Refused %1: %2 Nothing was changed.</source>
        <translation>Se rechazó %1: %2 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2, separator “%3”</source>
        <translation>%1, %2, separador “%3”</translation>
    </message>
    <message>
        <source>Imported %1 into the new category “%2” (%3).</source>
        <translation>Se importó %1 en la nueva categoría “%2” (%3).</translation>
    </message>
    <message>
        <source>Imported %1 into “%2” (%3).</source>
        <translation>Se importó %1 en “%2” (%3).</translation>
    </message>
    <message>
        <source>Rows read: %1. New: %2, updated: %3, unchanged: %4, skipped: %5.</source>
        <translation>Filas leídas: %1. Nuevas: %2, actualizadas: %3, sin cambios: %4, omitidas: %5.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>entity %1</source>
        <translation>entidad %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>  %1, %2: %3</source>
        <translation>  %1, %2: %3</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Omitidos:</translation>
    </message>
    <message>
        <source>Imported with a value left out:</source>
        <translation>Importados con un valor descartado:</translation>
    </message>
    <message>
        <source>Imported, location to check:</source>
        <translation>Importados, ubicación por comprobar:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>latitude %1, longitude %2 is %3 km from the file&apos;s other services, but among them with the two swapped; read as latitude %2, longitude %1</source>
        <translation>latitud %1, longitud %2 está a %3 km de los demás servicios del archivo, pero queda entre ellos si se intercambian; se leyó como latitud %2, longitud %1</translation>
    </message>
    <message>
        <source>latitude %1, longitude %2 is %3 km outside the city, but inside it with the two swapped; read as latitude %2, longitude %1</source>
        <translation>latitud %1, longitud %2 está a %3 km fuera de la ciudad, pero queda dentro si se intercambian; se leyó como latitud %2, longitud %1</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>líneas %1</translation>
    </message>
    <message>
        <source>entities %1</source>
        <translation>entidades %1</translation>
    </message>
    <message>
        <source>features %1</source>
        <translation>elementos %1</translation>
    </message>
    <message>
        <source>the same service (same name and place) as %1, which was kept</source>
        <translation>el mismo servicio (mismo nombre y lugar) que %1, que se ha conservado</translation>
    </message>
    <message>
        <source>the same external id “%1” as %2, which was kept</source>
        <translation>el mismo identificador externo «%1» que %2, que se ha conservado</translation>
    </message>
    <message>
        <source>matches the same stored service as %1, which was kept</source>
        <translation>coincide con el mismo servicio guardado que %1, que se ha conservado</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) give a post code other than that of the post-code area they lie in (%1); the post code given was kept.</source>
        <translation>
            <numerusform>%n servicio indica un código postal distinto del de la zona postal en la que está (%1); se ha conservado el código indicado.</numerusform>
            <numerusform>%n servicios indican un código postal distinto del de la zona postal en la que están (%1); se ha conservado el código indicado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceLayerList</name>
    <message>
        <source>Service layers</source>
        <translation>Capas de servicios</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>Mostrar %1 en el mapa</translation>
    </message>
    <message numerus="yes">
        <source>%n in view</source>
        <translation>
            <numerusform>%n visible</numerusform>
            <numerusform>%n visibles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in view of %2 in the city</source>
        <translation>%1 visibles de %2 en la ciudad</translation>
    </message>
    <message>
        <source>Counts are services in view. Map marks: filled open, half-filled limited, hollow with a bar closed; rings around numbers split a cluster by status.</source>
        <translation>Los recuentos son servicios visibles. Marcas del mapa: llena, abierto; media llena, limitado; hueca con barra, cerrado; los anillos alrededor de los números reparten un grupo por estado.</translation>
    </message>
</context>
<context>
    <name>ServicePostCodeList</name>
    <message>
        <source>Post code %1</source>
        <translation>Código postal %1</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>None open at this time</source>
        <translation>Ninguno abierto a esta hora</translation>
    </message>
    <message numerus="yes">
        <source>Post code %1: %n service(s)</source>
        <translation>
            <numerusform>Código postal %1: %n servicio</numerusform>
            <numerusform>Código postal %1: %n servicios</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the post code</source>
        <translation>Cerrar el código postal</translation>
    </message>
    <message>
        <source>Nearest open pharmacy from its centre</source>
        <translation>Farmacia abierta más cercana a su centro</translation>
    </message>
    <message>
        <source>Nearest open health centre from its centre</source>
        <translation>Centro de salud abierto más cercano a su centro</translation>
    </message>
    <message>
        <source>Services of post code %1</source>
        <translation>Servicios del código postal %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>ServiceSearchBox</name>
    <message>
        <source>Find a service, address or post code</source>
        <translation>Buscar servicio, dirección o código postal</translation>
    </message>
    <message>
        <source>Find a service by name, address or post code</source>
        <translation>Buscar un servicio por nombre, dirección o código postal</translation>
    </message>
    <message>
        <source>No service or post code matches “%1”.</source>
        <translation>Ningún servicio ni código postal coincide con “%1”.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>Post code %1, %n service(s)</source>
        <translation>
            <numerusform>Código postal %1, %n servicio</numerusform>
            <numerusform>Código postal %1, %n servicios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3 %4. %5</source>
        <translation>%1, %2, %3 %4. %5</translation>
    </message>
    <message>
        <source>Post code %1</source>
        <translation>Código postal %1</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s): outline it and list them</source>
        <translation>
            <numerusform>%n servicio: resaltar la zona y mostrarlo</numerusform>
            <numerusform>%n servicios: resaltar la zona y listarlos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
</context>
<context>
    <name>ServiceStatusMarker</name>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
</context>
<context>
    <name>ServiceStore</name>
    <message>
        <source>Pharmacies</source>
        <translation>Farmacias</translation>
    </message>
    <message>
        <source>Supermarkets</source>
        <translation>Supermercados</translation>
    </message>
    <message>
        <source>Health centres</source>
        <translation>Centros de salud</translation>
    </message>
    <message>
        <source>Elderly homes</source>
        <translation>Residencias de mayores</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Servicios sociales</translation>
    </message>
    <message>
        <source>Benches</source>
        <translation>Bancos</translation>
    </message>
    <message>
        <source>Recreational areas</source>
        <translation>Áreas recreativas</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>horario</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacidad</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no notificado</translation>
    </message>
    <message>
        <source>Cannot change the %1 of service %2: the change does not say who makes it.</source>
        <translation>No se puede cambiar el campo %1 del servicio %2: el cambio no indica quién lo hace.</translation>
    </message>
    <message>
        <source>Cannot change the %1 of service %2: the change has no valid time.</source>
        <translation>No se puede cambiar el campo %1 del servicio %2: el cambio no tiene una fecha y hora válidas.</translation>
    </message>
    <message>
        <source>Cannot change the %1 of service %2: the store cannot be read (%3).</source>
        <translation>No se puede cambiar el campo %1 del servicio %2: no se puede leer el almacén (%3).</translation>
    </message>
    <message>
        <source>Cannot change the %1 of service %2: there is no such service.</source>
        <translation>No se puede cambiar el campo %1 del servicio %2: ese servicio no existe.</translation>
    </message>
    <message>
        <source>Cannot undo change #%1: the %2 of &quot;%3&quot; has changed again since; it is now %4.</source>
        <translation>No se puede deshacer el cambio #%1: el campo %2 de &quot;%3&quot; ha vuelto a cambiar desde entonces; ahora es %4.</translation>
    </message>
    <message>
        <source>Cannot change the %1 of &quot;%2&quot;: the store refused it (%3).</source>
        <translation>No se puede cambiar el campo %1 de &quot;%2&quot;: el almacén lo rechazó (%3).</translation>
    </message>
    <message>
        <source>Cannot change the %1 of &quot;%2&quot;: the audit log refused the entry (%3), so nothing was changed.</source>
        <translation>No se puede cambiar el campo %1 de &quot;%2&quot;: el registro de auditoría rechazó la entrada (%3), así que no se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot change the %1 of service %2: the store could not save it (%3).</source>
        <translation>No se puede cambiar el campo %1 del servicio %2: el almacén no pudo guardarlo (%3).</translation>
    </message>
    <message>
        <source>Status &apos;%1&apos; refused: a service&apos;s status is open, limited or closed.</source>
        <translation>Estado &apos;%1&apos; rechazado: el estado de un servicio es open, limited o closed.</translation>
    </message>
    <message>
        <source>Opening hours &apos;%1&apos; refused: %2.</source>
        <translation>Horario &apos;%1&apos; rechazado: %2.</translation>
    </message>
    <message>
        <source>Capacity %1 refused: a capacity cannot be negative.</source>
        <translation>Capacidad %1 rechazada: una capacidad no puede ser negativa.</translation>
    </message>
    <message>
        <source>Cannot undo change #%1: there is no such change.</source>
        <translation>No se puede deshacer el cambio #%1: ese cambio no existe.</translation>
    </message>
    <message>
        <source>Cannot undo change #%1: it is not an edit of a service&apos;s status, hours, notes or capacity.</source>
        <translation>No se puede deshacer el cambio #%1: no es una modificación del estado, el horario, las notas o la capacidad de un servicio.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not a lowercase letter, a digit or &apos;-&apos;</source>
        <translation>&apos;%1&apos; en la posición %2 no es una letra minúscula, un dígito ni &apos;-&apos;</translation>
    </message>
    <message>
        <source>it starts or ends with &apos;-&apos;</source>
        <translation>empieza o termina con &apos;-&apos;</translation>
    </message>
    <message>
        <source>it has two &apos;-&apos; in a row</source>
        <translation>tiene dos &apos;-&apos; seguidos</translation>
    </message>
    <message>
        <source>Category slug &apos;%1&apos; refused: %2.</source>
        <translation>Identificador de categoría &apos;%1&apos; rechazado: %2.</translation>
    </message>
    <message>
        <source>Category &apos;%1&apos; refused: the store has %2 categories already, as many as the map can tell apart.</source>
        <translation>Categoría &apos;%1&apos; rechazada: el almacén ya tiene %2 categorías, tantas como el mapa puede distinguir.</translation>
    </message>
    <message>
        <source>Category &apos;%1&apos; could not be saved: %2.</source>
        <translation>No se pudo guardar la categoría &apos;%1&apos;: %2.</translation>
    </message>
</context>
<context>
    <name>ServiceTransfer</name>
    <message>
        <source>Import and export services</source>
        <translation>Importar y exportar servicios</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Importar y exportar</translation>
    </message>
    <message>
        <source>Category to import into (a new slug creates it)</source>
        <translation>Categoría de destino (un identificador nuevo la crea)</translation>
    </message>
    <message>
        <source>Category to import into</source>
        <translation>Categoría de destino</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import services from a GeoJSON, CSV or FIWARE file into %1</source>
        <translation>Importar servicios desde un archivo GeoJSON, CSV o FIWARE a %1</translation>
    </message>
    <message>
        <source>GeoJSON points or areas, CSV with coordinates (UTF-8 or Latin-1), or FIWARE NGSI-v2 JSON</source>
        <translation>Puntos o áreas GeoJSON, CSV con coordenadas (UTF-8 o Latin-1) o JSON FIWARE NGSI-v2</translation>
    </message>
    <message>
        <source>Import services into %1</source>
        <translation>Importar servicios a %1</translation>
    </message>
    <message>
        <source>Service files (*.geojson *.json *.csv)</source>
        <translation>Archivos de servicios (*.geojson *.json *.csv)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export in view…</source>
        <translation>Exportar lo visible…</translation>
    </message>
    <message>
        <source>Export the services of the layers shown that are in view</source>
        <translation>Exportar los servicios visibles de las capas mostradas</translation>
    </message>
    <message>
        <source>Export the services in view</source>
        <translation>Exportar los servicios visibles</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Exportar selección…</translation>
    </message>
    <message>
        <source>Export the selected service, or the services of the chosen post code</source>
        <translation>Exportar el servicio seleccionado o los servicios del código postal elegido</translation>
    </message>
    <message>
        <source>Export the selection</source>
        <translation>Exportar la selección</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Data: not loaded yet</source>
        <translation>Datos: aún no cargados</translation>
    </message>
    <message>
        <source>%1 Data: no data</source>
        <translation>%1 Datos: sin datos</translation>
    </message>
    <message>
        <source>%1 Data stale since %2</source>
        <translation>%1 Datos desactualizados desde %2</translation>
    </message>
    <message>
        <source>%1 Data as of %2</source>
        <translation>%1 Datos a fecha de %2</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Tema claro</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Tema oscuro</translation>
    </message>
    <message>
        <source>Switch to the light theme</source>
        <translation>Cambiar al tema claro</translation>
    </message>
    <message>
        <source>Switch to the dark theme</source>
        <translation>Cambiar al tema oscuro</translation>
    </message>
    <message>
        <source>Switch theme (Ctrl+T)</source>
        <translation>Cambiar de tema (Ctrl+T)</translation>
    </message>
    <message>
        <source>Store: %1 · %2 (%3)</source>
        <translation>Almacén: %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>%1. Open the store settings</source>
        <translation>%1. Abrir la configuración del almacén</translation>
    </message>
    <message>
        <source>Which store is open, your role in it, and the store to open at the next start</source>
        <translation>Qué almacén está abierto, su rol en él y el almacén que se abrirá en el próximo inicio</translation>
    </message>
</context>
<context>
    <name>StoreAccess</name>
    <message>
        <source>the store is not open</source>
        <translation>el almacén no está abierto</translation>
    </message>
    <message>
        <source>cannot ask the store %1 what this role may do (%2)</source>
        <translation>no se puede consultar al almacén %1 qué puede hacer este rol (%2)</translation>
    </message>
    <message>
        <source>the store %1 has no table service_point in this connection&apos;s schema</source>
        <translation>el almacén %1 no tiene la tabla service_point en el esquema de esta conexión</translation>
    </message>
    <message>
        <source>viewer</source>
        <comment>store role</comment>
        <translation>lector</translation>
    </message>
    <message>
        <source>editor</source>
        <comment>store role</comment>
        <translation>editor</translation>
    </message>
    <message>
        <source>administrator</source>
        <comment>store role</comment>
        <translation>administrador</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>store role</comment>
        <translation>propietario</translation>
    </message>
    <message>
        <source>no role</source>
        <comment>store role</comment>
        <translation>sin rol</translation>
    </message>
    <message>
        <source>changing services</source>
        <translation>cambiar los servicios</translation>
    </message>
    <message>
        <source>writing notes</source>
        <translation>escribir notas</translation>
    </message>
    <message>
        <source>acknowledging and commenting alerts</source>
        <translation>confirmar y comentar alertas</translation>
    </message>
    <message>
        <source>recording briefings</source>
        <translation>registrar informes de situación</translation>
    </message>
    <message>
        <source>adding service categories</source>
        <translation>añadir categorías de servicio</translation>
    </message>
    <message>
        <source>changing the city&apos;s places, feeds and settings</source>
        <translation>cambiar los lugares, las fuentes y la configuración de la ciudad</translation>
    </message>
    <message>
        <source>Your database role may not do this in this store: %1 needs the %2 role; ask an administrator.</source>
        <translation>Su rol de base de datos no puede hacer esto en este almacén: %1 requiere el rol %2; consulte a un administrador.</translation>
    </message>
    <message>
        <source>Your database role &apos;%1&apos; may only view this store: %2 needs the %3 role; ask an administrator.</source>
        <translation>Su rol de base de datos «%1» solo puede ver este almacén: %2 requiere el rol %3; consulte a un administrador.</translation>
    </message>
    <message>
        <source>Your database role &apos;%1&apos; has no Atalaya role in this store: %2 needs the %3 role; ask an administrator.</source>
        <translation>Su rol de base de datos «%1» no tiene ningún rol de Atalaya en este almacén: %2 requiere el rol %3; consulte a un administrador.</translation>
    </message>
    <message>
        <source>Your database role &apos;%1&apos; has the %2 role in this store: %3 needs the %4 role; ask an administrator.</source>
        <translation>Su rol de base de datos «%1» tiene el rol %2 en este almacén: %3 requiere el rol %4; consulte a un administrador.</translation>
    </message>
    <message>
        <source>Your database role &apos;%1&apos; has the %2 role in this store, yet the store refused %3 (%4); ask an administrator to check the store&apos;s grants.</source>
        <translation>Su rol de base de datos «%1» tiene el rol %2 en este almacén, pero el almacén no permitió %3 (%4); pida a un administrador que revise los permisos concedidos en el almacén.</translation>
    </message>
    <message>
        <source>storing sensors and their readings</source>
        <translation>guardar sensores y sus lecturas</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>the tables %1 reference each other, so none of them can be filled first</source>
        <translation>las tablas %1 se hacen referencia entre sí, así que ninguna de ellas puede llenarse primero</translation>
    </message>
    <message>
        <source>cannot read the table %1 of the source (%2)</source>
        <translation>no se puede leer la tabla %1 del origen (%2)</translation>
    </message>
    <message>
        <source>the target refused rows %1 to %2 of the table %3 (%4)</source>
        <translation>el destino rechazó las filas %1 a %2 de la tabla %3 (%4)</translation>
    </message>
    <message>
        <source>the store in memory</source>
        <translation>el almacén en memoria</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2: both stores must be open.</source>
        <translation>No se puede copiar %1 en %2: ambos almacenes deben estar abiertos.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into itself: give a new, empty store as the target.</source>
        <translation>No se puede copiar %1 en sí mismo: indique como destino un almacén nuevo y vacío.</translation>
    </message>
    <message>
        <source>Cannot copy %1 (schema %2) into %3 (schema %4): open both with the same Atalaya so that they are at the same schema.</source>
        <translation>No se puede copiar %1 (esquema %2) en %3 (esquema %4): abra ambos con la misma versión de Atalaya para que tengan el mismo esquema.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the tables of %1: %2.</source>
        <translation>No se pueden leer las tablas de %1: %2.</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2.</source>
        <translation>No se puede copiar %1: %2.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2: the target has no table %3.</source>
        <translation>No se puede copiar %1 en %2: el destino no tiene la tabla %3.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2: the table %3 of the target has no column %4.</source>
        <translation>No se puede copiar %1 en %2: la tabla %3 del destino no tiene la columna %4.</translation>
    </message>
    <message>
        <source>Cannot check that %1 is empty: %2.</source>
        <translation>No se puede comprobar que %1 está vacío: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n fila</numerusform>
            <numerusform>%1: %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: rows changed since the store was made</source>
        <translation>%1: filas modificadas desde que se creó el almacén</translation>
    </message>
    <message>
        <source>Cannot copy into %1: it already holds data (%2). It was left untouched; copy into a new, empty store: a file name that does not exist yet, or a PostgreSQL database just made for it (createdb --owner=ROLE NAME).</source>
        <translation>No se puede copiar en %1: ya contiene datos (%2). No se ha modificado; copie en un almacén nuevo y vacío: un nombre de archivo que aún no exista o una base de datos PostgreSQL recién creada para ello (createdb --owner=ROL NOMBRE).</translation>
    </message>
    <message>
        <source>Cannot count the rows of %1 in %2: %3.</source>
        <translation>No se pueden contar las filas de %1 en %2: %3.</translation>
    </message>
    <message>
        <source>cannot clear the table %1 of the target (%2)</source>
        <translation>no se puede vaciar la tabla %1 del destino (%2)</translation>
    </message>
    <message>
        <source>the row counts of the table %1 differ: %2 in the source, %3 in the target after the copy</source>
        <translation>el número de filas de la tabla %1 no coincide: %2 en el origen, %3 en el destino tras la copia</translation>
    </message>
    <message>
        <source>cannot move the id sequences past the copied ids (%1)</source>
        <translation>no se pueden avanzar las secuencias de id más allá de los id copiados (%1)</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2: %3. Nothing was copied; the target is as empty as before.</source>
        <translation>No se puede copiar %1 en %2: %3. No se ha copiado nada; el destino sigue tan vacío como antes.</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Saved. Atalaya opens this store at its next start.</source>
        <translation>Guardado. Atalaya abrirá este almacén en el próximo inicio.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Open now: %1 (%2)</source>
        <translation>Abierto ahora: %1 (%2)</translation>
    </message>
    <message>
        <source>Connected as %1, role: %2.</source>
        <translation>Conectado como %1, rol: %2.</translation>
    </message>
    <message>
        <source>You may change everything, feeds and rules included.</source>
        <translation>Puede cambiarlo todo, incluidas las fuentes y las reglas.</translation>
    </message>
    <message>
        <source>You may change services and notes and acknowledge alerts.</source>
        <translation>Puede cambiar servicios y notas y confirmar alertas.</translation>
    </message>
    <message>
        <source>You may view this store but not change it.</source>
        <translation>Puede ver este almacén, pero no modificarlo.</translation>
    </message>
    <message>
        <source>Changes other workstations and the ingest service make show here as they are made.</source>
        <translation>Los cambios que hacen otros puestos de trabajo y el servicio de ingesta se muestran aquí en cuanto se producen.</translation>
    </message>
    <message>
        <source>A store file has one workstation: changes show as this desktop makes them.</source>
        <translation>Un archivo de almacén tiene un solo puesto de trabajo: los cambios se muestran a medida que se hacen en este puesto.</translation>
    </message>
    <message>
        <source>Store to open at the next start</source>
        <translation>Almacén que se abrirá en el próximo inicio</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/city, or a file path; empty: the embedded store</source>
        <translation>postgresql://usuario@host:5432/ciudad, o la ruta de un archivo; vacío: el almacén integrado</translation>
    </message>
    <message>
        <source>Passwords are never saved here: put the password in ~/.pgpass (or the file PGPASSFILE names), or name a service from pg_service.conf with postgresql:///?service=NAME.</source>
        <translation>Las contraseñas nunca se guardan aquí: ponga la contraseña en ~/.pgpass (o en el archivo que indique PGPASSFILE), o indique un servicio de pg_service.conf con postgresql:///?service=NOMBRE.</translation>
    </message>
    <message>
        <source>Use the embedded store</source>
        <translation>Usar el almacén integrado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the store to open at the next start</source>
        <translation>Guardar el almacén que se abrirá en el próximo inicio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Abierto ahora: %1</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>The store URL contains a password parameter; Atalaya never keeps passwords in plain text. Remove it and put the password in ~/.pgpass (or the file PGPASSFILE names), or use a service file: postgresql:///?service=NAME.</source>
        <translation>La URL del almacén contiene un parámetro de contraseña; Atalaya nunca guarda contraseñas en texto plano. Quítelo y ponga la contraseña en ~/.pgpass (o en el archivo que indique PGPASSFILE), o use un archivo de servicio: postgresql:///?service=NOMBRE.</translation>
    </message>
    <message>
        <source>The store URL for user &quot;%1&quot; contains a password; Atalaya never keeps passwords in plain text. Remove it from the URL and put it in ~/.pgpass (or the file PGPASSFILE names), or use a service file: postgresql:///?service=NAME.</source>
        <translation>La URL del almacén para el usuario &quot;%1&quot; contiene una contraseña; Atalaya nunca guarda contraseñas en texto plano. Quítela de la URL y póngala en ~/.pgpass (o en el archivo que indique PGPASSFILE), o use un archivo de servicio: postgresql:///?service=NOMBRE.</translation>
    </message>
    <message>
        <source>The store URL %1 names several servers; Atalaya connects to one (put a load balancer or a service file in front of a cluster).</source>
        <translation>La URL del almacén %1 indica varios servidores; Atalaya se conecta a uno solo (ponga un balanceador de carga o un archivo de servicio delante de un clúster).</translation>
    </message>
    <message>
        <source>The store URL %1 has an IPv6 address without its closing &apos;]&apos;.</source>
        <translation>La URL del almacén %1 tiene una dirección IPv6 sin el &apos;]&apos; de cierre.</translation>
    </message>
    <message>
        <source>The store URL %1 has text after the IPv6 address that is not a port.</source>
        <translation>La URL del almacén %1 tiene, tras la dirección IPv6, un texto que no es un puerto.</translation>
    </message>
    <message>
        <source>The store URL %1 has the port &quot;%2&quot;; a port is a number from 1 to 65535.</source>
        <translation>La URL del almacén %1 tiene el puerto &quot;%2&quot;; un puerto es un número entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The store URL %1 has the path &quot;/%2&quot;; it must be one database name, as in postgresql://host/atalaya.</source>
        <translation>La URL del almacén %1 tiene la ruta &quot;/%2&quot;; debe ser un único nombre de base de datos, como en postgresql://host/atalaya.</translation>
    </message>
    <message>
        <source>The store URL %1 has a fragment (#...); a PostgreSQL URL has none.</source>
        <translation>La URL del almacén %1 tiene un fragmento (#...); una URL de PostgreSQL no lleva ninguno.</translation>
    </message>
    <message>
        <source>The store URL %1 has the parameter &quot;%2&quot; without a value; write name=value.</source>
        <translation>La URL del almacén %1 tiene el parámetro &quot;%2&quot; sin valor; escriba nombre=valor.</translation>
    </message>
    <message>
        <source>The store URL %1 has the parameter &quot;%2&quot;, which is not a connection setting name.</source>
        <translation>La URL del almacén %1 tiene el parámetro &quot;%2&quot;, que no es el nombre de ningún parámetro de conexión.</translation>
    </message>
    <message>
        <source>The store URL %1 has a &apos;;&apos; in the value of &quot;%2&quot;, which the PostgreSQL driver cannot pass on.</source>
        <translation>La URL del almacén %1 tiene un &apos;;&apos; en el valor de &quot;%2&quot;, que el controlador de PostgreSQL no puede transmitir.</translation>
    </message>
    <message>
        <source>the server of service &quot;%1&quot;</source>
        <translation>el servidor del servicio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the local socket (port %1)</source>
        <translation>el socket local (puerto %1)</translation>
    </message>
    <message>
        <source>the socket in %1 (port %2)</source>
        <translation>el socket de %1 (puerto %2)</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 (puerto %2)</translation>
    </message>
</context>
<context>
    <name>ThresholdPopup</name>
    <message>
        <source>Availability thresholds (share of beds in use)</source>
        <translation>Umbrales de disponibilidad (proporción de camas ocupadas)</translation>
    </message>
    <message>
        <source>Medium from (%)</source>
        <translation>Media desde (%)</translation>
    </message>
    <message>
        <source>Medium availability from this occupancy, in percent</source>
        <translation>Disponibilidad media desde esta ocupación, en porcentaje</translation>
    </message>
    <message>
        <source>Low above (%)</source>
        <translation>Baja por encima de (%)</translation>
    </message>
    <message>
        <source>Low availability above this occupancy, in percent</source>
        <translation>Disponibilidad baja por encima de esta ocupación, en porcentaje</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Apply the thresholds</source>
        <translation>Aplicar los umbrales</translation>
    </message>
    <message>
        <source>Mexico City&apos;s rule (25 %, 80 %)</source>
        <translation>Regla de Ciudad de México (25 %, 80 %)</translation>
    </message>
    <message>
        <source>Reset to Mexico City&apos;s rule: medium from 25 %, low above 80 %</source>
        <translation>Volver a la regla de Ciudad de México: media desde el 25 %, baja por encima del 80 %</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TimeCursorBar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 Live</source>
        <translation>%1 En directo</translation>
    </message>
    <message>
        <source>%1 Replay</source>
        <translation>%1 Histórico</translation>
    </message>
    <message>
        <source>Live: following the clock</source>
        <translation>En directo: sigue el reloj</translation>
    </message>
    <message>
        <source>Replaying a past moment; press to go live</source>
        <translation>Viendo un momento pasado; pulse para volver al directo</translation>
    </message>
    <message>
        <source>Follow the clock (Ctrl+L)</source>
        <translation>Seguir el reloj (Ctrl+L)</translation>
    </message>
    <message>
        <source>−1 d</source>
        <translation>−1 d</translation>
    </message>
    <message>
        <source>One day back</source>
        <translation>Un día atrás</translation>
    </message>
    <message>
        <source>−1 h</source>
        <translation>−1 h</translation>
    </message>
    <message>
        <source>One hour back</source>
        <translation>Una hora atrás</translation>
    </message>
    <message>
        <source>Showing now: %1</source>
        <translation>Mostrando ahora: %1</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Mostrando %1</translation>
    </message>
    <message>
        <source>+1 h</source>
        <translation>+1 h</translation>
    </message>
    <message>
        <source>One hour forward</source>
        <translation>Una hora adelante</translation>
    </message>
    <message>
        <source>+1 d</source>
        <translation>+1 d</translation>
    </message>
    <message>
        <source>One day forward</source>
        <translation>Un día adelante</translation>
    </message>
</context>
<context>
    <name>TrafficLightMarker</name>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ámbar</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Light: %1</source>
        <translation>Semáforo: %1</translation>
    </message>
</context>
<context>
    <name>atalaya::AlertEventsModel</name>
    <message>
        <source>Raised</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>valor %1</translation>
    </message>
</context>
<context>
    <name>atalaya::AlertListModel</name>
    <message>
        <source>value %1</source>
        <translation>valor %1</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>límite %1</translation>
    </message>
</context>
<context>
    <name>atalaya::AlertRulesModel</name>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Rate of change</source>
        <translation>Tasa de variación</translation>
    </message>
    <message>
        <source>No new data</source>
        <translation>Sin datos nuevos</translation>
    </message>
    <message>
        <source>Unusual value</source>
        <translation>Valor atípico</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>sensor readings</source>
        <translation>lecturas de sensores</translation>
    </message>
    <message>
        <source>occupancy (%)</source>
        <translation>ocupación (%)</translation>
    </message>
    <message>
        <source>ICU beds free</source>
        <translation>camas de UCI libres</translation>
    </message>
    <message>
        <source>ICU beds free (%)</source>
        <translation>camas de UCI libres (%)</translation>
    </message>
    <message>
        <source>general beds free</source>
        <translation>camas generales libres</translation>
    </message>
    <message>
        <source>general beds free (%)</source>
        <translation>camas generales libres (%)</translation>
    </message>
    <message>
        <source>7-day incidence per 100,000</source>
        <translation>incidencia a 7 días por 100.000</translation>
    </message>
    <message>
        <source>14-day incidence per 100,000</source>
        <translation>incidencia a 14 días por 100.000</translation>
    </message>
    <message>
        <source>7-day average of new cases</source>
        <translation>media de 7 días de casos nuevos</translation>
    </message>
    <message>
        <source>test positivity (%)</source>
        <translation>positividad de las pruebas (%)</translation>
    </message>
    <message>
        <source>%1 above %2</source>
        <translation>%1 por encima de %2</translation>
    </message>
    <message>
        <source>%1 below %2</source>
        <translation>%1 por debajo de %2</translation>
    </message>
    <message>
        <source>, clears at %1</source>
        <translation>, se resuelve en %1</translation>
    </message>
    <message numerus="yes">
        <source>, for %n min</source>
        <translation>
            <numerusform>, durante %n min</numerusform>
            <numerusform>, durante %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, inside an area of %n point(s)</source>
        <translation>
            <numerusform>, dentro de un área de %n punto</numerusform>
            <numerusform>, dentro de un área de %n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>, inside region %1</source>
        <translation>, dentro de la región %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%1 rose by %2 within %n min</source>
        <translation>
            <numerusform>%1 subió %2 en %n min</numerusform>
            <numerusform>%1 subió %2 en %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fell by %2 within %n min</source>
        <translation>
            <numerusform>%1 bajó %2 en %n min</numerusform>
            <numerusform>%1 bajó %2 en %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no new %1 for %n min</source>
        <translation>
            <numerusform>sin datos nuevos de %1 durante %n min</numerusform>
            <numerusform>sin datos nuevos de %1 durante %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 unusually high (score %2 or more against the last %n weeks)</source>
        <translation>
            <numerusform>%1: valor inusualmente alto (puntuación de %2 o más frente a la %n semana anterior)</numerusform>
            <numerusform>%1: valor inusualmente alto (puntuación de %2 o más frente a las %n semanas anteriores)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 unusually low (score %2 or more against the last %n weeks)</source>
        <translation>
            <numerusform>%1: valor inusualmente bajo (puntuación de %2 o más frente a la %n semana anterior)</numerusform>
            <numerusform>%1: valor inusualmente bajo (puntuación de %2 o más frente a las %n semanas anteriores)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (type %2)</source>
        <translation>%1 (tipo %2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>atalaya::AlertsPanel</name>
    <message>
        <source>Rule %1 “%2”</source>
        <translation>Regla %1 “%2”</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regla %1</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Campo %1</translation>
    </message>
    <message>
        <source>%1, field %2</source>
        <translation>%1, campo %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged alert(s)</source>
        <translation>
            <numerusform>%n alerta sin confirmar</numerusform>
            <numerusform>%n alertas sin confirmar</numerusform>
        </translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>El almacén no está abierto.</translation>
    </message>
    <message>
        <source>The time cursor shows a past moment: go live to acknowledge.</source>
        <translation>El cursor de tiempo muestra un momento pasado: vuelva al directo para confirmar.</translation>
    </message>
    <message>
        <source>The alert could not be acknowledged.</source>
        <translation>No se pudo confirmar la alerta.</translation>
    </message>
    <message>
        <source>The time cursor shows a past moment: go live to comment.</source>
        <translation>El cursor de tiempo muestra un momento pasado: vuelva al directo para comentar.</translation>
    </message>
    <message>
        <source>Write a comment first.</source>
        <translation>Escriba primero un comentario.</translation>
    </message>
    <message>
        <source>The comment could not be stored.</source>
        <translation>No se pudo guardar el comentario.</translation>
    </message>
    <message>
        <source>The alert rules file %1 could not be created: %2</source>
        <translation>No se pudo crear el archivo de reglas de alerta %1: %2</translation>
    </message>
    <message>
        <source>Choose a rules file.</source>
        <translation>Elija un archivo de reglas.</translation>
    </message>
    <message>
        <source>The rules file %1 could not be created: %2</source>
        <translation>No se pudo crear el archivo de reglas %1: %2</translation>
    </message>
    <message>
        <source>%1 (field %2)</source>
        <translation>%1 (campo %2)</translation>
    </message>
    <message>
        <source>The rules file %1 could not be written.</source>
        <translation>No se pudo escribir el archivo de reglas %1.</translation>
    </message>
    <message>
        <source>The rule “%1” is no longer in the rules file.</source>
        <translation>La regla “%1” ya no está en el archivo de reglas.</translation>
    </message>
    <message>
        <source>Choose a rule type.</source>
        <translation>Elija un tipo de regla.</translation>
    </message>
    <message>
        <source>Choose a severity.</source>
        <translation>Elija una gravedad.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” no es un número</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>“%1” no es un número entero</translation>
    </message>
    <message>
        <source>“%1” is not a position “longitude latitude”</source>
        <translation>“%1” no es una posición “longitud latitud”</translation>
    </message>
    <message>
        <source>“%1” is already the id of another rule</source>
        <translation>“%1” ya es el id de otra regla</translation>
    </message>
    <message>
        <source>The alerts could not open the store: %1</source>
        <translation>Las alertas no pudieron abrir el almacén: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>atalaya::AppSettings</name>
    <message>
        <source>%1 is a folder; give the path of a store file in it (e.g. %2).</source>
        <translation>%1 es una carpeta; indique la ruta de un archivo de almacén dentro de ella (p. ej. %2).</translation>
    </message>
</context>
<context>
    <name>atalaya::BriefingExporter</name>
    <message>
        <source>A briefing is being written already; wait for it to finish.</source>
        <translation>Ya se está escribiendo un informe de situación; espere a que termine.</translation>
    </message>
    <message>
        <source>The paper &apos;%1&apos; is not offered; choose A4 or A3.</source>
        <translation>El papel «%1» no está disponible; elija A4 o A3.</translation>
    </message>
    <message>
        <source>The briefing can only be written to a file on this computer, not to &apos;%1&apos;.</source>
        <translation>El informe de situación solo se puede escribir en un archivo de este equipo, no en «%1».</translation>
    </message>
    <message>
        <source>The store is not open yet; try again once the dashboard has loaded.</source>
        <translation>El almacén aún no está abierto; vuelva a intentarlo cuando se haya cargado el panel.</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message numerus="yes">
        <source>Briefing written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Informe de situación escrito en %1 (%n página).</numerusform>
            <numerusform>Informe de situación escrito en %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>The briefing was not written: %1</source>
        <translation>No se escribió el informe de situación: %1</translation>
    </message>
</context>
<context>
    <name>atalaya::BriefingWriter</name>
    <message numerus="yes">
        <source>City: new cases per day and 7-day average, last %n day(s)</source>
        <translation>
            <numerusform>Ciudad: casos nuevos por día y media de 7 días, último %n día</numerusform>
            <numerusform>Ciudad: casos nuevos por día y media de 7 días, últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No epidemic figures reported up to this moment.</source>
        <translation>No se han notificado cifras de la epidemia hasta este momento.</translation>
    </message>
    <message>
        <source>New cases (bars)</source>
        <translation>Casos nuevos (barras)</translation>
    </message>
    <message>
        <source>7-day average (line)</source>
        <translation>Media de 7 días (línea)</translation>
    </message>
    <message>
        <source>Data to %1: average %2</source>
        <translation>Datos hasta el %1: media %2</translation>
    </message>
    <message>
        <source>Data to %1</source>
        <translation>Datos hasta el %1</translation>
    </message>
    <message>
        <source>Districts: 14-day incidence per 100,000, to %1</source>
        <translation>Distritos: incidencia a 14 días por 100.000, hasta el %1</translation>
    </message>
    <message>
        <source>Districts: 14-day incidence per 100,000</source>
        <translation>Distritos: incidencia a 14 días por 100.000</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message numerus="yes">
        <source>City: ICU beds occupied, last %n day(s)</source>
        <translation>
            <numerusform>Ciudad: camas UCI ocupadas, último %n día</numerusform>
            <numerusform>Ciudad: camas UCI ocupadas, últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No ICU bed counts reported in these days.</source>
        <translation>No se han notificado recuentos de camas UCI en estos días.</translation>
    </message>
    <message>
        <source>Share of ICU beds occupied (reporting hospitals)</source>
        <translation>Porcentaje de camas UCI ocupadas (hospitales que informan)</translation>
    </message>
    <message>
        <source>80 %: low availability above</source>
        <translation>80 %: por encima, disponibilidad baja</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2 % occupied, %3 of %4 beds free</source>
        <translation>%1: %2 % ocupado, %3 de %4 camas libres</translation>
    </message>
    <message>
        <source>the store&apos;s basemap could not be read (%1).</source>
        <translation>no se pudo leer el mapa base del almacén (%1).</translation>
    </message>
    <message>
        <source>the store&apos;s districts could not be read (%1).</source>
        <translation>no se pudieron leer los distritos del almacén (%1).</translation>
    </message>
    <message>
        <source>7-day incidence per 100,000 (to %1)</source>
        <translation>Incidencia a 7 días por 100.000 (hasta el %1)</translation>
    </message>
    <message>
        <source>7-day incidence per 100,000</source>
        <translation>Incidencia a 7 días por 100.000</translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation>De %1 a menos de %2</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Hospitals: ICU availability</source>
        <translation>Hospitales: disponibilidad de UCI</translation>
    </message>
    <message>
        <source>High (under 25 % occupied)</source>
        <translation>Alta (menos del 25 % ocupado)</translation>
    </message>
    <message>
        <source>Medium (25 % to 80 %)</source>
        <translation>Media (del 25 % al 80 %)</translation>
    </message>
    <message>
        <source>Low (over 80 % occupied)</source>
        <translation>Baja (más del 80 % ocupado)</translation>
    </message>
    <message>
        <source>Crowding sites</source>
        <translation>Lugares con medición de aforo</translation>
    </message>
    <message>
        <source>Green: room to spare</source>
        <translation>Verde: con margen de aforo</translation>
    </message>
    <message>
        <source>Amber: filling up</source>
        <translation>Ámbar: llenándose</translation>
    </message>
    <message>
        <source>Red: crowded</source>
        <translation>Rojo: aglomeración</translation>
    </message>
    <message>
        <source>Closed: access closed</source>
        <translation>Cerrado: acceso cerrado</translation>
    </message>
    <message>
        <source>No recent reading</source>
        <translation>Sin lectura reciente</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>A1</source>
        <translation>A1</translation>
    </message>
    <message>
        <source>Open alert, numbered as in &quot;Open alerts&quot;</source>
        <translation>Alerta abierta, numerada como en «Alertas abiertas»</translation>
    </message>
    <message>
        <source>N1</source>
        <translation>N1</translation>
    </message>
    <message>
        <source>Operator note, numbered as in &quot;Operator notes&quot;</source>
        <translation>Nota del operador, numerada como en «Notas del operador»</translation>
    </message>
    <message>
        <source>N%1</source>
        <translation>N%1</translation>
    </message>
    <message>
        <source>A%1</source>
        <translation>A%1</translation>
    </message>
    <message>
        <source>N ↑</source>
        <translation>N ↑</translation>
    </message>
    <message>
        <source>▲ Critical</source>
        <translation>▲ Crítica</translation>
    </message>
    <message>
        <source>◆ Warning</source>
        <translation>◆ Aviso</translation>
    </message>
    <message>
        <source>● Information</source>
        <translation>● Información</translation>
    </message>
    <message>
        <source>City as at %1 (newest data %2)</source>
        <translation>Situación de la ciudad el %1 (datos más recientes: %2)</translation>
    </message>
    <message>
        <source>City as at %1 (no data in the store up to then)</source>
        <translation>Situación de la ciudad el %1 (sin datos en el almacén hasta ese momento)</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>La ciudad</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>%1 · Briefing · %2</source>
        <translation>%1 · Informe de situación · %2</translation>
    </message>
    <message>
        <source>%1 · Briefing</source>
        <translation>%1 · Informe de situación</translation>
    </message>
    <message>
        <source>City as at %1</source>
        <translation>Situación de la ciudad el %1</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Informe de situación</translation>
    </message>
    <message>
        <source>%1 portrait</source>
        <translation>%1 vertical</translation>
    </message>
    <message>
        <source>City as at</source>
        <translation>Situación de la ciudad</translation>
    </message>
    <message>
        <source>Newest data</source>
        <translation>Datos más recientes</translation>
    </message>
    <message>
        <source>none up to then</source>
        <translation>ninguno hasta ese momento</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Fecha de generación</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n page(s)</source>
        <translation>
            <numerusform>%1, %n página</numerusform>
            <numerusform>%1, %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents: key figures; open alerts (%1); operator notes (%2); map; epidemic and hospitals. Figures are read from the store as they stood at the moment above; a figure nobody reported says &quot;no data&quot;, never 0.</source>
        <translation>Contenido: cifras clave; alertas abiertas (%1); notas del operador (%2); mapa; epidemia y hospitales. Las cifras se leen del almacén tal como estaban en el momento indicado arriba; una cifra que nadie ha notificado figura como «sin datos», nunca como 0.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Comparado con</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Fecha de los datos</translation>
    </message>
    <message>
        <source>%1 %2%3 %</source>
        <translation>%1 %2%3 %</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no trend</source>
        <translation>sin tendencia</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>The store holds no figures up to this moment.</source>
        <translation>El almacén no contiene cifras hasta este momento.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>the city at %1</source>
        <translation>la ciudad el %1</translation>
    </message>
    <message>
        <source>Epidemic and hospitals</source>
        <translation>Epidemia y hospitales</translation>
    </message>
    <message>
        <source>Epidemic</source>
        <translation>Epidemia</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Hospitales</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>not on the map</source>
        <translation>no está en el mapa</translation>
    </message>
    <message>
        <source>%1 · not on the map</source>
        <translation>%1 · no está en el mapa</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertas abiertas</translation>
    </message>
    <message>
        <source>at %1, most severe first</source>
        <translation>el %1, de más a menos grave</translation>
    </message>
    <message>
        <source>No alert was open at this moment.</source>
        <translation>No había ninguna alerta abierta en este momento.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>until removed</source>
        <translation>hasta que se quite</translation>
    </message>
    <message>
        <source>Operator notes</source>
        <translation>Notas del operador</translation>
    </message>
    <message>
        <source>valid at %1</source>
        <translation>vigentes el %1</translation>
    </message>
    <message>
        <source>No operator note was valid at this moment.</source>
        <translation>No había ninguna nota del operador vigente en este momento.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A moment in a briefing: %1 the date and time, %2 the time zone&apos;s abbreviation.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>cannot write the briefing to &apos;%1&apos;: the folder &apos;%2&apos; does not exist.</source>
        <translation>no se puede escribir el informe de situación en «%1»: la carpeta «%2» no existe.</translation>
    </message>
    <message>
        <source>Reading the store</source>
        <translation>Leyendo el almacén</translation>
    </message>
    <message>
        <source>Drawing the pages</source>
        <translation>Dibujando las páginas</translation>
    </message>
    <message>
        <source>cannot write the briefing to &apos;%1&apos;: %2.</source>
        <translation>no se puede escribir el informe de situación en «%1»: %2.</translation>
    </message>
    <message>
        <source>%1 briefing, %2</source>
        <translation>Informe de situación de %1, %2</translation>
    </message>
    <message>
        <source>Atalaya %1</source>
        <translation>Atalaya %1</translation>
    </message>
    <message>
        <source>cannot write the briefing to &apos;%1&apos;: the PDF could not be started.</source>
        <translation>no se puede escribir el informe de situación en «%1»: no se pudo iniciar el PDF.</translation>
    </message>
    <message>
        <source>Recording the briefing</source>
        <translation>Registrando el informe de situación</translation>
    </message>
    <message>
        <source>the briefing was written to &apos;%1&apos; but could not be recorded in the store %2.</source>
        <translation>el informe de situación se escribió en «%1», pero no se pudo registrar en el almacén %2.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>atalaya::Dashboard</name>
    <message>
        <source>Starting</source>
        <translation>Comenzando</translation>
    </message>
    <message>
        <source>The demo city could not be generated.</source>
        <translation>No se pudo generar la ciudad de demostración.</translation>
    </message>
    <message>
        <source>The demo city could not be generated: %1</source>
        <translation>No se pudo generar la ciudad de demostración: %1</translation>
    </message>
    <message>
        <source>Store unreachable since %1: reconnecting. The pages show the figures of then.</source>
        <translation>Almacén inaccesible desde las %1: reconectando. Las páginas muestran las cifras de ese momento.</translation>
    </message>
</context>
<context>
    <name>atalaya::EpidemicPanel</name>
    <message>
        <source>New cases</source>
        <translation>Casos nuevos</translation>
    </message>
    <message>
        <source>cases on the day</source>
        <translation>casos del día</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>Media de 7 días</translation>
    </message>
    <message>
        <source>cases a day</source>
        <translation>casos al día</translation>
    </message>
    <message>
        <source>7-day incidence</source>
        <translation>Incidencia 7 días</translation>
    </message>
    <message>
        <source>per 100,000</source>
        <translation>por 100.000</translation>
    </message>
    <message>
        <source>14-day incidence</source>
        <translation>Incidencia 14 días</translation>
    </message>
    <message>
        <source>Test positivity</source>
        <translation>Positividad</translation>
    </message>
    <message>
        <source>% of tests, 7 days</source>
        <translation>% de pruebas, 7 días</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>tests per 100,000, 7 days</source>
        <translation>pruebas por 100.000, 7 días</translation>
    </message>
    <message>
        <source>Recoveries</source>
        <translation>Recuperaciones</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>del día</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Defunciones</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Casos activos</translation>
    </message>
    <message>
        <source>cases − recoveries − deaths</source>
        <translation>casos − recuperaciones − defunciones</translation>
    </message>
    <message>
        <source>First dose</source>
        <translation>Primera dosis</translation>
    </message>
    <message>
        <source>% of residents</source>
        <translation>% de habitantes</translation>
    </message>
    <message>
        <source>Second dose</source>
        <translation>Segunda dosis</translation>
    </message>
    <message>
        <source>Booster</source>
        <translation>Dosis de refuerzo</translation>
    </message>
    <message>
        <source>Rate per 100,000</source>
        <translation>Tasa por 100.000</translation>
    </message>
    <message>
        <source>First doses</source>
        <translation>Primeras dosis</translation>
    </message>
    <message>
        <source>Second doses</source>
        <translation>Segundas dosis</translation>
    </message>
    <message>
        <source>Boosters</source>
        <translation>Dosis de refuerzo</translation>
    </message>
    <message>
        <source>Positivity (%)</source>
        <translation>Positividad (%)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>%1, cumulative</source>
        <translation>%1, total acumulado</translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n days</source>
        <translation>
            <numerusform>%1 en %n día</numerusform>
            <numerusform>%1 en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the regions from the store.</source>
        <translation>No se pudieron leer las regiones del almacén.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n scheme(s) from %1.</source>
        <translation>
            <numerusform>Se cargó %n esquema de %1.</numerusform>
            <numerusform>Se cargaron %n esquemas de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no schemes.</source>
        <translation>%1 no contiene ningún esquema.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Riesgo: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>cualquier valor</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>menos de %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <source>vs the 7 days before</source>
        <translation>frente a los 7 días previos</translation>
    </message>
    <message>
        <source>vs 7 days earlier</source>
        <translation>frente a hace 7 días</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>a fecha de %1</translation>
    </message>
    <message>
        <source>last reported %1</source>
        <translation>última notificación: %1</translation>
    </message>
    <message>
        <source>Partial: some days of the window were not reported</source>
        <translation>Parcial: no se notificaron algunos días del periodo</translation>
    </message>
    <message>
        <source>Partial: not every neighbourhood reported</source>
        <translation>Parcial: no todos los barrios notificaron</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>no publicado</translation>
    </message>
    <message>
        <source>The store is not open yet; nothing was imported.</source>
        <translation>El almacén aún no está abierto; no se importó nada.</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>No se pudo importar el archivo.</translation>
    </message>
    <message>
        <source>The file could not be imported: %1</source>
        <translation>No se pudo importar el archivo: %1</translation>
    </message>
    <message>
        <source>%1 up %2 %</source>
        <translation>%1 sube un %2 %</translation>
    </message>
    <message>
        <source>%1 down %2 %</source>
        <translation>%1 baja un %2 %</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 sin cambios</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>riesgo %1</translation>
    </message>
    <message>
        <source>%1 residents per km²</source>
        <translation>%1 habitantes por km²</translation>
    </message>
    <message>
        <source>%1 % over 65</source>
        <translation>%1 % mayores de 65 años</translation>
    </message>
    <message>
        <source>deprivation %1</source>
        <translation>privación %1</translation>
    </message>
</context>
<context>
    <name>atalaya::FeedsModel</name>
    <message>
        <source>Sentilo</source>
        <translation>Sentilo</translation>
    </message>
    <message>
        <source>FIWARE NGSI-v2</source>
        <translation>FIWARE NGSI-v2</translation>
    </message>
    <message>
        <source>HTTP resource</source>
        <translation>Recurso HTTP</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>Archivo o carpeta</translation>
    </message>
    <message numerus="yes">
        <source>every %n s</source>
        <translation>
            <numerusform>cada %n s</numerusform>
            <numerusform>cada %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Stale since %1</source>
        <translation>Desactualizada desde %1</translation>
    </message>
    <message>
        <source>Stale, no reading yet</source>
        <translation>Desactualizada, aún sin lecturas</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Con fallos</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>atalaya::FeedsPanel</name>
    <message>
        <source>The feeds could not open the store: %1</source>
        <translation>Las fuentes no pudieron abrir el almacén: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n live</source>
        <translation>
            <numerusform>%n en directo</numerusform>
            <numerusform>%n en directo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale since %1</source>
        <translation>
            <numerusform>%n desactualizada desde %1</numerusform>
            <numerusform>%n desactualizadas desde %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n desactualizada</numerusform>
            <numerusform>%n desactualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n con fallos</numerusform>
            <numerusform>%n con fallos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pausa</numerusform>
            <numerusform>%n en pausa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starting</source>
        <translation>
            <numerusform>%n iniciándose</numerusform>
            <numerusform>%n iniciándose</numerusform>
        </translation>
    </message>
    <message>
        <source>Feeds: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>The feed &quot;%1&quot; is no longer in the feeds file.</source>
        <translation>La fuente &quot;%1&quot; ya no está en el archivo de fuentes.</translation>
    </message>
    <message>
        <source>The feed could not be read back.</source>
        <translation>No se pudo volver a leer la fuente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of another feed</source>
        <translation>&quot;%1&quot; ya es el id de otra fuente</translation>
    </message>
</context>
<context>
    <name>atalaya::HospitalsModel</name>
    <message>
        <source>No report</source>
        <translation>Sin parte</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>hace %n d</numerusform>
            <numerusform>hace %n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atalaya::HospitalsPanel</name>
    <message>
        <source>Not applied: the medium level must start above 0 %, below where the low level starts, and the low level below 100 % (%1 % and %2 % given).</source>
        <translation>No aplicado: el nivel medio debe empezar por encima del 0 % y por debajo de donde empieza el nivel bajo, y el nivel bajo por debajo del 100 % (se dieron %1 % y %2 %).</translation>
    </message>
    <message>
        <source>Travel time is an estimate: the straight-line distance times 1.4 for the street grid, at 25 km/h average emergency speed, plus 2 minutes to leave and arrive. It ignores traffic, one-way streets, bridges and the river: use it to rank, not to route. The line on the map is a straight line, not the road route.</source>
        <translation>El tiempo de viaje es una estimación: la distancia en línea recta por 1,4 por la trama de calles, a 25 km/h de velocidad media de emergencia, más 2 minutos para salir y llegar. No tiene en cuenta el tráfico, las calles de sentido único, los puentes ni el río: sirve para ordenar, no para trazar rutas. La línea del mapa es una línea recta, no la ruta por carretera.</translation>
    </message>
    <message>
        <source>From the point %1, %2</source>
        <translation>Desde el punto %1, %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <source>From the centre of %1</source>
        <translation>Desde el centro de %1</translation>
    </message>
    <message>
        <source>The store is not open yet; nothing was imported.</source>
        <translation>El almacén aún no está abierto; no se importó nada.</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>No se pudo importar el archivo.</translation>
    </message>
    <message>
        <source>The file could not be imported: %1</source>
        <translation>No se pudo importar el archivo: %1</translation>
    </message>
    <message>
        <source>From the centre of post code %1</source>
        <translation>Desde el centro del código postal %1</translation>
    </message>
</context>
<context>
    <name>atalaya::Kpi</name>
    <message>
        <source>on the 7 days before</source>
        <translation>frente a los 7 días previos</translation>
    </message>
    <message>
        <source>a week before</source>
        <translation>una semana antes</translation>
    </message>
    <message>
        <source>Some districts have not reported this window yet</source>
        <translation>Algunos distritos aún no han notificado este periodo</translation>
    </message>
    <message>
        <source>New cases, last 7 days</source>
        <translation>Casos nuevos, últimos 7 días</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>casos</translation>
    </message>
    <message>
        <source>14-day incidence</source>
        <translation>Incidencia 14 días</translation>
    </message>
    <message>
        <source>per 100,000</source>
        <translation>por 100.000</translation>
    </message>
    <message>
        <source>Test positivity, 7 days</source>
        <translation>Positividad de las pruebas, 7 días</translation>
    </message>
    <message>
        <source>Fully vaccinated</source>
        <translation>Con pauta completa</translation>
    </message>
    <message>
        <source>beds free</source>
        <translation>camas libres</translation>
    </message>
    <message>
        <source>a day before</source>
        <translation>un día antes</translation>
    </message>
    <message>
        <source>No hospital has a current report</source>
        <translation>Ningún hospital tiene un parte actual</translation>
    </message>
    <message>
        <source>of %1 beds in %2 hospitals, all reporting</source>
        <translation>de %1 camas en %2 hospitales, todos informando</translation>
    </message>
    <message>
        <source>of %1 beds in %2 hospitals reporting; %3 not counted (stale or no counts)</source>
        <translation>de %1 camas en %2 hospitales informando; %3 sin contar (desactualizados o sin recuentos)</translation>
    </message>
    <message>
        <source>Intensive-care beds free</source>
        <translation>Camas UCI libres</translation>
    </message>
    <message>
        <source>General beds free</source>
        <translation>Camas generales libres</translation>
    </message>
    <message>
        <source>Crowded sites (red or closed)</source>
        <translation>Lugares con aglomeración (en rojo o cerrados)</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>lugares</translation>
    </message>
    <message>
        <source>same time a week before</source>
        <translation>a la misma hora una semana antes</translation>
    </message>
    <message>
        <source>%1 of %2 sites reporting</source>
        <translation>%1 de %2 lugares informando</translation>
    </message>
    <message>
        <source>Essential services closed or limited</source>
        <translation>Servicios esenciales cerrados o limitados</translation>
    </message>
    <message>
        <source>services</source>
        <translation>servicios</translation>
    </message>
    <message>
        <source>%1 closed, %2 limited, of %3 pharmacies, supermarkets and health centres</source>
        <translation>%1 cerrados, %2 limitados, de %3 farmacias, supermercados y centros de salud</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertas abiertas</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>alertas</translation>
    </message>
    <message>
        <source>%1 critical</source>
        <translation>%1 críticas</translation>
    </message>
</context>
<context>
    <name>atalaya::NotesModel</name>
    <message>
        <source>From %1, until removed</source>
        <translation>Desde %1, hasta que se quite</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>point %1, %2</source>
        <translation>punto %1, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>atalaya::NotesPanel</name>
    <message>
        <source>%1: “%2” is not a date and time; write it as %3.</source>
        <translation>%1: “%2” no es una fecha y hora; escríbala como %3.</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Notes cannot be saved: no store is open.</source>
        <translation>No se pueden guardar las notas: no hay ningún almacén abierto.</translation>
    </message>
    <message>
        <source>Notes cannot be removed: no store is open.</source>
        <translation>No se pueden quitar las notas: no hay ningún almacén abierto.</translation>
    </message>
    <message>
        <source>Written by %1, %2</source>
        <translation>Escrita por %1, %2</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Modificada el %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (district)</source>
        <translation>%1 (distrito)</translation>
    </message>
    <message>
        <source>%1 (neighbourhood)</source>
        <translation>%1 (barrio)</translation>
    </message>
</context>
<context>
    <name>atalaya::OccupancyPanel</name>
    <message>
        <source>%1 %2</source>
        <comment>date, then time</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Typical occupancy over the %n week(s) before %1</source>
        <translation>
            <numerusform>Ocupación típica en la %n semana anterior al %1</numerusform>
            <numerusform>Ocupación típica en las %n semanas anteriores al %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>atalaya::OccupancySitesModel</name>
    <message>
        <source>Beach</source>
        <translation>Playa</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Plaza</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parque</translation>
    </message>
    <message>
        <source>Car park</source>
        <translation>Estacionamiento</translation>
    </message>
</context>
<context>
    <name>atalaya::OverviewKpiModel</name>
    <message>
        <source>±0</source>
        <translation>±0</translation>
    </message>
    <message>
        <source>Reported up to %1</source>
        <translation>Notificado hasta el %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>A fecha de %1</translation>
    </message>
    <message>
        <source>Unchanged since the briefing</source>
        <translation>Sin cambios desde el informe de situación</translation>
    </message>
    <message>
        <source>%1 since the briefing (was %2)</source>
        <translation>%1 desde el informe de situación (antes %2)</translation>
    </message>
</context>
<context>
    <name>atalaya::OverviewPanel</name>
    <message>
        <source>Low availability of general and intensive-care beds</source>
        <translation>Disponibilidad baja de camas generales y de UCI</translation>
    </message>
    <message numerus="yes">
        <source>Low intensive-care availability: %n bed(s) free</source>
        <translation>
            <numerusform>Disponibilidad baja de UCI: %n cama libre</numerusform>
            <numerusform>Disponibilidad baja de UCI: %n camas libres</numerusform>
        </translation>
    </message>
    <message>
        <source>Low intensive-care availability</source>
        <translation>Disponibilidad baja de UCI</translation>
    </message>
    <message numerus="yes">
        <source>Low general-bed availability: %n bed(s) free</source>
        <translation>
            <numerusform>Disponibilidad baja de camas generales: %n cama libre</numerusform>
            <numerusform>Disponibilidad baja de camas generales: %n camas libres</numerusform>
        </translation>
    </message>
    <message>
        <source>Low general-bed availability</source>
        <translation>Disponibilidad baja de camas generales</translation>
    </message>
    <message>
        <source>Access closed: full</source>
        <translation>Acceso cerrado: aforo completo</translation>
    </message>
    <message>
        <source>Crowded</source>
        <translation>Aglomeración</translation>
    </message>
    <message>
        <source>%1, %2 % of capacity</source>
        <translation>%1, %2 % del aforo</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>No briefing recorded before this moment. &quot;Mark briefing given&quot; records the figures shown now.</source>
        <translation>No hay ningún informe de situación registrado antes de este momento. «Marcar informe de situación como presentado» registra las cifras que se muestran ahora.</translation>
    </message>
    <message>
        <source>Last briefing %1, on the figures at %2</source>
        <translation>Último informe de situación: %1, sobre las cifras del %2</translation>
    </message>
    <message>
        <source>Last briefing %1 by %2, on the figures at %3</source>
        <translation>Último informe de situación: %1, por %2, sobre las cifras del %3</translation>
    </message>
    <message>
        <source>No briefing recorded: the store is not open yet.</source>
        <translation>No se registró el informe de situación: el almacén aún no está abierto.</translation>
    </message>
    <message>
        <source>No briefing recorded: the store refused to write it (see the log).</source>
        <translation>No se registró el informe de situación: el almacén rechazó escribirlo (consulte el registro).</translation>
    </message>
    <message>
        <source>Briefing on the figures at %1 recorded; it counts from %2 on.</source>
        <translation>Se registró el informe de situación sobre las cifras del %1; cuenta a partir del %2.</translation>
    </message>
    <message>
        <source>Briefing on the figures at %1 recorded.</source>
        <translation>Se registró el informe de situación sobre las cifras del %1.</translation>
    </message>
</context>
<context>
    <name>atalaya::ServiceHistoryModel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no notificado</translation>
    </message>
</context>
<context>
    <name>atalaya::ServicePointLayer</name>
    <message>
        <source>Service points on the map</source>
        <translation>Puntos de servicio en el mapa</translation>
    </message>
    <message numerus="yes">
        <source>%n service point(s) in view</source>
        <translation>
            <numerusform>%n punto de servicio visible</numerusform>
            <numerusform>%n puntos de servicio visibles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atalaya::ServicesPanel</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>post code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Coincidencia en: %1</translation>
    </message>
    <message>
        <source>Capacity &apos;%1&apos; refused: write a whole number of people, or nothing for not reported.</source>
        <translation>Capacidad &apos;%1&apos; rechazada: escriba un número entero de personas, o déjela vacía si no se ha notificado.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>older people</source>
        <translation>mayores</translation>
    </message>
    <message>
        <source>children</source>
        <translation>niños</translation>
    </message>
    <message>
        <source>sport</source>
        <translation>deporte</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>%1 %2–%3: %4</source>
        <translation>%1 %2–%3: %4</translation>
    </message>
    <message>
        <source>The store is not open yet; nothing was imported.</source>
        <translation>El almacén aún no está abierto; no se importó nada.</translation>
    </message>
    <message>
        <source>The store is not open yet; nothing was exported.</source>
        <translation>El almacén aún no está abierto; no se exportó nada.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1 does not end in .geojson, .json or .csv, so its format is unknown.</source>
        <translation>No se exportó nada: %1 no termina en .geojson, .json o .csv, así que se desconoce su formato.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n service(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n servicio en %1.</numerusform>
            <numerusform>Se escribieron %n servicios en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: there is no map view to take the services from.</source>
        <translation>No se exportó nada: no hay ninguna vista de mapa de la que tomar los servicios.</translation>
    </message>
    <message>
        <source>Nothing was exported: the map has no view yet.</source>
        <translation>No se exportó nada: el mapa aún no tiene vista.</translation>
    </message>
    <message>
        <source>Nothing was exported: no service of the layers shown is in view.</source>
        <translation>No se exportó nada: ningún servicio de las capas mostradas está visible.</translation>
    </message>
    <message>
        <source>Nothing was exported: choose a service or a post code first.</source>
        <translation>No se exportó nada: elija primero un servicio o un código postal.</translation>
    </message>
</context>
<context>
    <name>atalaya::alerts::AlertEngine</name>
    <message>
        <source>The alert engine needs a store file; an in-memory store cannot be shared with a second connection.</source>
        <translation>El motor de alertas necesita un archivo de almacén; un almacén en memoria no se puede compartir con una segunda conexión.</translation>
    </message>
</context>
<context>
    <name>atalaya::alerts::AlertEvaluator</name>
    <message>
        <source>%1, sensor %2</source>
        <translation>%1, sensor %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a value and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Aforo</translation>
    </message>
    <message>
        <source>Free ICU beds</source>
        <translation>Camas UCI libres</translation>
    </message>
    <message>
        <source>Free general beds</source>
        <translation>Camas generales libres</translation>
    </message>
    <message>
        <source>7-day incidence</source>
        <translation>Incidencia 7 días</translation>
    </message>
    <message>
        <source>14-day incidence</source>
        <translation>Incidencia 14 días</translation>
    </message>
    <message>
        <source>Daily cases (7-day average)</source>
        <translation>Casos diarios (media de 7 días)</translation>
    </message>
    <message>
        <source>Test positivity (7 days)</source>
        <translation>Positividad de las pruebas (7 días)</translation>
    </message>
    <message>
        <source>People count</source>
        <translation>Recuento de personas</translation>
    </message>
    <message>
        <source>Occupied parking spots</source>
        <translation>Plazas de aparcamiento ocupadas</translation>
    </message>
    <message>
        <source>Occupancy rate</source>
        <translation>Tasa de ocupación</translation>
    </message>
    <message>
        <source>Occupancy level</source>
        <translation>Nivel de ocupación</translation>
    </message>
    <message>
        <source>Reading (%1)</source>
        <translation>Lectura (%1)</translation>
    </message>
    <message>
        <source>beds</source>
        <translation>camas</translation>
    </message>
    <message>
        <source>per 100,000</source>
        <translation>por 100.000</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>casos</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>the area of “%1”</source>
        <translation>el área de “%1”</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>región %1</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
    <message>
        <source>%1 at %2 is %3, above %4 for at least %5.</source>
        <translation>%1 en %2 es %3, por encima de %4 durante al menos %5.</translation>
    </message>
    <message>
        <source>%1 at %2 is %3, below %4 for at least %5.</source>
        <translation>%1 en %2 es %3, por debajo de %4 durante al menos %5.</translation>
    </message>
    <message>
        <source>%1 at %2 is %3, above %4 for %5.</source>
        <translation>%1 en %2 es %3, por encima de %4 durante %5.</translation>
    </message>
    <message>
        <source>%1 at %2 is %3, below %4 for %5.</source>
        <translation>%1 en %2 es %3, por debajo de %4 durante %5.</translation>
    </message>
    <message>
        <source>%1 at %2 is %3, above %4.</source>
        <translation>%1 en %2 es %3, por encima de %4.</translation>
    </message>
    <message>
        <source>%1 at %2 is %3, below %4.</source>
        <translation>%1 en %2 es %3, por debajo de %4.</translation>
    </message>
    <message>
        <source>%1 at %2 rose by %3 in %4, from %5 to %6.</source>
        <translation>%1 en %2 subió %3 en %4, de %5 a %6.</translation>
    </message>
    <message>
        <source>%1 at %2 fell by %3 in %4, from %5 to %6.</source>
        <translation>%1 en %2 bajó %3 en %4, de %5 a %6.</translation>
    </message>
    <message>
        <source>No data from %1 for %2 (more than %3); the last reading was at %4 UTC.</source>
        <translation>Sin datos de %1 desde hace %2 (más de %3); la última lectura fue el %4 UTC.</translation>
    </message>
    <message>
        <source>beyond measure (no spread)</source>
        <translation>incalculable (sin dispersión)</translation>
    </message>
    <message>
        <source>%1 at %2 is %3, unusually high for a %4 at %5 (usual %6, z = %7).</source>
        <translation>%1 en %2 es %3, un valor inusualmente alto para un %4 a las %5 (habitual: %6, z = %7).</translation>
    </message>
    <message>
        <source>%1 at %2 is %3, unusually low for a %4 at %5 (usual %6, z = %7).</source>
        <translation>%1 en %2 es %3, un valor inusualmente bajo para un %4 a las %5 (habitual: %6, z = %7).</translation>
    </message>
</context>
<context>
    <name>atalaya::alerts::RulesFileText</name>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a list of [lon, lat] positions</source>
        <translation>debe ser una lista de posiciones [lon, lat]</translation>
    </message>
    <message>
        <source>is not a field of a rule (the fields are: %1)</source>
        <translation>no es un campo de regla (los campos son: %1)</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos; (one of: threshold, rateOfChange, frozen, anomaly, geofence)</source>
        <translation>tipo desconocido &apos;%1&apos; (valores posibles: threshold, rateOfChange, frozen, anomaly, geofence)</translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos; (one of: info, warning, critical)</source>
        <translation>gravedad desconocida &apos;%1&apos; (valores posibles: info, warning, critical)</translation>
    </message>
    <message>
        <source>unknown direction &apos;%1&apos; (one of: above, below)</source>
        <translation>sentido desconocido &apos;%1&apos; (valores posibles: above, below)</translation>
    </message>
    <message>
        <source>rule %1 &apos;%2&apos;</source>
        <translation>regla %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>regla %1</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation>campo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>unknown indicator &apos;%1&apos; (one of: %2)</source>
        <translation>indicador desconocido &apos;%1&apos; (valores posibles: %2)</translation>
    </message>
    <message>
        <source>must not be empty (&quot;*&quot; watches every subject)</source>
        <translation>no debe estar vacío (&quot;*&quot; vigila todos los elementos)</translation>
    </message>
    <message>
        <source>applies only to the indicator &apos;observation&apos;</source>
        <translation>solo se aplica al indicador &apos;observation&apos;</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>debe ser un número finito</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <source>must not be above &apos;limit&apos; (%1): the rule fires above the limit and clears below it</source>
        <translation>no debe ser mayor que &apos;limit&apos; (%1): la regla se activa por encima del límite y se resuelve por debajo de él</translation>
    </message>
    <message>
        <source>must not be below &apos;limit&apos; (%1): the rule fires below the limit and clears above it</source>
        <translation>no debe ser menor que &apos;limit&apos; (%1): la regla se activa por debajo del límite y se resuelve por encima de él</translation>
    </message>
    <message>
        <source>a geofence needs an &apos;area&apos; polygon or a &apos;regionCode&apos;</source>
        <translation>una regla de área necesita un polígono &apos;area&apos; o un &apos;regionCode&apos;</translation>
    </message>
    <message>
        <source>must have at least 3 positions, has %1</source>
        <translation>debe tener al menos 3 posiciones, tiene %1</translation>
    </message>
    <message>
        <source>(%1, %2) is not a [lon, lat] position</source>
        <translation>(%1, %2) no es una posición [lon, lat]</translation>
    </message>
    <message>
        <source>a geofence needs subjects with a place; &apos;%1&apos; is per region</source>
        <translation>una regla de área necesita elementos con ubicación; &apos;%1&apos; es por región</translation>
    </message>
    <message>
        <source>must be greater than 0 (the direction says rise or fall)</source>
        <translation>debe ser mayor que 0 (el sentido indica si sube o baja)</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>debe ser al menos 1</translation>
    </message>
    <message>
        <source>must be at least 2, is %1</source>
        <translation>debe ser al menos 2, es %1</translation>
    </message>
    <message>
        <source>must be between 2 and &apos;weeks&apos; (%1)</source>
        <translation>debe estar entre 2 y &apos;weeks&apos; (%1)</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>debe ser mayor que 0</translation>
    </message>
    <message>
        <source>an anomaly compares hours of the week: use &apos;observation&apos; or &apos;occupancy&apos;</source>
        <translation>una regla de valor atípico compara horas de la semana: use &apos;observation&apos; u &apos;occupancy&apos;</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4</source>
        <translation>%1 no es JSON válido: %2 en la línea %3, columna %4</translation>
    </message>
    <message>
        <source>%1 is not a rules file: expected an object with &quot;version&quot; and &quot;rules&quot;</source>
        <translation>%1 no es un archivo de reglas: se esperaba un objeto con &quot;version&quot; y &quot;rules&quot;</translation>
    </message>
    <message>
        <source>%1: must be %2 (this Atalaya reads rules files of version %2)</source>
        <translation>%1: debe ser %2 (esta versión de Atalaya lee archivos de reglas de la versión %2)</translation>
    </message>
    <message>
        <source>%1: must be a list of rules</source>
        <translation>%1: debe ser una lista de reglas</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>is already the id of rule %1; ids must be unique</source>
        <translation>ya es el id de la regla %1; los id deben ser únicos</translation>
    </message>
    <message>
        <source>Cannot read the rules file %1: %2</source>
        <translation>No se puede leer el archivo de reglas %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the rules file %1: %2</source>
        <translation>No se puede escribir el archivo de reglas %1: %2</translation>
    </message>
</context>
<context>
    <name>atalaya::feeds::Connector</name>
    <message>
        <source>Unreadable answer from %1: %2</source>
        <translation>Respuesta ilegible de %1: %2</translation>
    </message>
    <message>
        <source>observed at %1, in the future; skipped</source>
        <translation>observada el %1, en el futuro; se omite</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s (timed out)</source>
        <translation>Sin respuesta de %1 en %2 s (tiempo de espera agotado)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 de %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 de %2: %3</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the connection was refused (is the server running?)</source>
        <translation>No se puede conectar con %1: se rechazó la conexión (¿está en marcha el servidor?)</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>%1 cerró la conexión sin responder</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the host name is not known</source>
        <translation>No se puede conectar con %1: el nombre de host es desconocido</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>atalaya::feeds::FeedsFile</name>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>required, and missing</source>
        <translation>obligatorio y ausente</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>se esperaba un texto, se encontró %1</translation>
    </message>
    <message>
        <source>required, and empty</source>
        <translation>obligatorio y vacío</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation>se esperaba un número entero de %1 a %2, se encontró %3</translation>
    </message>
    <message>
        <source>expected a number above %1 and at most %2, found %3</source>
        <translation>se esperaba un número mayor que %1 y como máximo %2, se encontró %3</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>se esperaba true o false, se encontró %1</translation>
    </message>
    <message>
        <source>expected a list of texts, found %1</source>
        <translation>se esperaba una lista de textos, se encontró %1</translation>
    </message>
    <message>
        <source>expected a non-empty text, found %1</source>
        <translation>se esperaba un texto no vacío, se encontró %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>expected an http:// or https:// address, found &quot;%1&quot;</source>
        <translation>se esperaba una dirección http:// o https://, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>se esperaba un objeto, se encontró %1</translation>
    </message>
    <message>
        <source>not a field of this kind of feed; ignored</source>
        <translation>no es un campo de este tipo de fuente; se ignora</translation>
    </message>
    <message>
        <source>expected json, csv, geojson or auto, found &quot;%1&quot;</source>
        <translation>se esperaba json, csv, geojson o auto, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected json, csv or geojson, found &quot;%1&quot;</source>
        <translation>se esperaba json, csv o geojson, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>latField and lonField go together; give both or neither</source>
        <translation>latField y lonField van juntos; indique ambos o ninguno</translation>
    </message>
    <message>
        <source>the mapping is not usable (see the problems above)</source>
        <translation>la asignación de campos no se puede usar (vea los problemas anteriores)</translation>
    </message>
    <message>
        <source>expected a feed object, found %1</source>
        <translation>se esperaba un objeto de fuente, se encontró %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not usable: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; no se puede usar: use letras, dígitos, &apos;-&apos;, &apos;_&apos; y &apos;.&apos;, empezando por una letra o un dígito</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of an earlier feed</source>
        <translation>&quot;%1&quot; ya es el id de una fuente anterior</translation>
    </message>
    <message>
        <source>expected sentilo, ngsi, http or file, found &quot;%1&quot;</source>
        <translation>se esperaba sentilo, ngsi, http o file, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the retry policy is not usable (see the problems above)</source>
        <translation>la política de reintentos no se puede usar (vea los problemas anteriores)</translation>
    </message>
    <message>
        <source>give identityKey or identityKeyEnv, not both</source>
        <translation>indique identityKey o identityKeyEnv, no ambos</translation>
    </message>
    <message>
        <source>must start with &apos;/&apos;, found &quot;%1&quot;</source>
        <translation>debe empezar por &apos;/&apos;, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected keyValues or normalized, found &quot;%1&quot;</source>
        <translation>se esperaba keyValues o normalized, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an IP address such as 127.0.0.1, found &quot;%1&quot;</source>
        <translation>se esperaba una dirección IP como 127.0.0.1, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a feed that does not poll needs a notificationPort to receive anything</source>
        <translation>una fuente que no consulta periódicamente necesita un notificationPort para recibir algo</translation>
    </message>
    <message>
        <source>required, and missing: an http feed needs at least sensorField and valueField</source>
        <translation>obligatorio y ausente: una fuente http necesita al menos sensorField y valueField</translation>
    </message>
    <message>
        <source>required, and missing: a file feed needs at least sensorField and valueField</source>
        <translation>obligatorio y ausente: una fuente file necesita al menos sensorField y valueField</translation>
    </message>
    <message>
        <source>feeds file</source>
        <translation>archivo de fuentes</translation>
    </message>
    <message>
        <source>feed %1</source>
        <translation>fuente %1</translation>
    </message>
    <message>
        <source>feed %1 (&quot;%2&quot;)</source>
        <translation>fuente %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1, field %2</source>
        <translation>%1, campo %2</translation>
    </message>
    <message>
        <source>%1: %2; the feed is skipped</source>
        <translation>%1: %2; se omite la fuente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not JSON: %1 at line %2, column %3</source>
        <translation>no es JSON: %1 en la línea %2, columna %3</translation>
    </message>
    <message>
        <source>version %1 is not a feeds file version this Atalaya reads (it reads version 1)</source>
        <translation>la versión %1 del archivo de fuentes no la puede leer esta versión de Atalaya (lee la versión 1)</translation>
    </message>
    <message>
        <source>expected an object with a &quot;feeds&quot; list, found no such list</source>
        <translation>se esperaba un objeto con una lista &quot;feeds&quot;, no se encontró esa lista</translation>
    </message>
    <message>
        <source>not a field of the feeds file; ignored</source>
        <translation>no es un campo del archivo de fuentes; se ignora</translation>
    </message>
    <message>
        <source>expected an object with a &quot;feeds&quot; list</source>
        <translation>se esperaba un objeto con una lista &quot;feeds&quot;</translation>
    </message>
    <message>
        <source>cannot read the feeds file %1: %2</source>
        <translation>no se puede leer el archivo de fuentes %1: %2</translation>
    </message>
    <message>
        <source>the feeds file %1 is %2</source>
        <translation>el archivo de fuentes %1 no es válido: %2</translation>
    </message>
    <message>
        <source>cannot write the feeds file %1: %2</source>
        <translation>no se puede escribir el archivo de fuentes %1: %2</translation>
    </message>
</context>
<context>
    <name>atalaya::feeds::FileConnector</name>
    <message>
        <source>Cannot read %1: there is no such file or folder</source>
        <translation>No se puede leer %1: no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Unreadable file %1: %2</source>
        <translation>Archivo ilegible %1: %2</translation>
    </message>
</context>
<context>
    <name>atalaya::feeds::MappedPayload</name>
    <message>
        <source>an ISO 8601 date and time</source>
        <translation>una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>seconds since 1970</source>
        <translation>segundos desde 1970</translation>
    </message>
    <message>
        <source>milliseconds since 1970</source>
        <translation>milisegundos desde 1970</translation>
    </message>
    <message>
        <source>a Sentilo timestamp (dd/MM/yyyyTHH:mm:ss)</source>
        <translation>una marca de tiempo de Sentilo (dd/MM/yyyyTHH:mm:ss)</translation>
    </message>
    <message>
        <source>a date and time written %1</source>
        <translation>una fecha y hora con el formato %1</translation>
    </message>
    <message>
        <source>The record has no sensor code; it is skipped.</source>
        <translation>El registro no tiene código de sensor; se omite.</translation>
    </message>
    <message>
        <source>The record has no value; it is skipped.</source>
        <translation>El registro no tiene valor; se omite.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” no es un número.</translation>
    </message>
    <message>
        <source>The record has no time; it is skipped.</source>
        <translation>El registro no tiene fecha y hora; se omite.</translation>
    </message>
    <message>
        <source>“%1” is not %2.</source>
        <translation>“%1” no es %2.</translation>
    </message>
    <message>
        <source>“%1, %2” is not a latitude and longitude; the reading is kept without a location.</source>
        <translation>“%1, %2” no es una latitud y longitud; la lectura se conserva sin ubicación.</translation>
    </message>
    <message>
        <source>The payload holds no records: it is a bare JSON value.</source>
        <translation>El contenido no tiene registros: es un valor JSON suelto.</translation>
    </message>
    <message>
        <source>The payload has no list of records at “%1”.</source>
        <translation>El contenido no tiene una lista de registros en “%1”.</translation>
    </message>
    <message>
        <source>A record must be a JSON object; this one is skipped.</source>
        <translation>Cada registro debe ser un objeto JSON; este se omite.</translation>
    </message>
    <message>
        <source>This is not GeoJSON: it is neither a FeatureCollection nor a Feature.</source>
        <translation>Esto no es GeoJSON: no es ni una FeatureCollection ni una Feature.</translation>
    </message>
    <message>
        <source>The point is not [longitude, latitude] on the Earth; the reading is kept without a location.</source>
        <translation>El punto no es un par [longitud, latitud] sobre la Tierra; la lectura se conserva sin ubicación.</translation>
    </message>
    <message>
        <source>The CSV cannot be read at line %1: %2</source>
        <translation>No se puede leer el CSV en la línea %1: %2</translation>
    </message>
    <message>
        <source>The CSV cannot be read: %1</source>
        <translation>No se puede leer el CSV: %1</translation>
    </message>
    <message>
        <source>The CSV has no column “%1” (its columns: %2).</source>
        <translation>El CSV no tiene la columna “%1” (sus columnas: %2).</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>The feed&apos;s field mapping must name the sensor field and the value field.</source>
        <translation>La asignación de campos de la fuente debe indicar el campo del sensor y el campo del valor.</translation>
    </message>
</context>
<context>
    <name>atalaya::feeds::NgsiConnector</name>
    <message>
        <source>Cannot receive notifications on %1 port %2: %3</source>
        <translation>No se pueden recibir notificaciones en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>Cannot receive notifications on %1 port %2: the HTTP server refused the socket</source>
        <translation>No se pueden recibir notificaciones en %1, puerto %2: el servidor HTTP rechazó el socket</translation>
    </message>
    <message>
        <source>a notification from %1</source>
        <translation>una notificación de %1</translation>
    </message>
    <message>
        <source>Cannot subscribe to notifications: %1</source>
        <translation>No se puede suscribir a las notificaciones: %1</translation>
    </message>
    <message>
        <source>paging stopped after %1 pages; entities after %2 were not read</source>
        <translation>la paginación se detuvo tras %1 páginas; no se leyeron las entidades posteriores a %2</translation>
    </message>
</context>
<context>
    <name>atalaya::feeds::ObservationWriter</name>
    <message>
        <source>the sensor was inserted but cannot be read back</source>
        <translation>el sensor se insertó pero no se puede volver a leer</translation>
    </message>
    <message>
        <source>cannot register sensor %1 of %2: %3</source>
        <translation>no se puede registrar el sensor %1 de %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>The store did not take %n reading(s), and none of them was written: %1.</source>
        <translation>
            <numerusform>El almacén no aceptó %n lectura y no se escribió: %1.</numerusform>
            <numerusform>El almacén no aceptó %n lecturas y no se escribió ninguna: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>a sensor without provider or code cannot be registered</source>
        <translation>un sensor sin proveedor o código no se puede registrar</translation>
    </message>
    <message numerus="yes">
        <source>The store did not take the %n sensor(s) of the catalogue, and none was written: %1.</source>
        <translation>
            <numerusform>El almacén no aceptó %n sensor del catálogo y no se escribió: %1.</numerusform>
            <numerusform>El almacén no aceptó los %n sensores del catálogo y no se escribió ninguno: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atalaya::feeds::PayloadText</name>
    <message>
        <source>The payload is not valid JSON: %1 at line %2, column %3.</source>
        <translation>El contenido no es JSON válido: %1 en la línea %2, columna %3.</translation>
    </message>
</context>
<context>
    <name>atalaya::feeds::SentiloConnector</name>
    <message>
        <source>paging stopped: a full page of observations did not go back in time (asked up to %1)</source>
        <translation>la paginación se detuvo: una página completa de observaciones no retrocedió en el tiempo (se pidió hasta %1)</translation>
    </message>
    <message>
        <source>catch-up stopped after %1 pages; observations before %2 were not fetched</source>
        <translation>la recuperación se detuvo tras %1 páginas; no se obtuvieron las observaciones anteriores a %2</translation>
    </message>
</context>
<context>
    <name>atalaya::feeds::ngsi::NgsiPayload</name>
    <message>
        <source>An entity must be a JSON object, not %1.</source>
        <translation>Una entidad debe ser un objeto JSON, no %1.</translation>
    </message>
    <message>
        <source>The entity has no %1; it is skipped.</source>
        <translation>La entidad no tiene %1; se omite.</translation>
    </message>
    <message>
        <source>Entity %1 is of type %2, which Atalaya does not read (it reads Beach, OffStreetParking, CrowdFlowObserved and PointOfInterest); it is skipped.</source>
        <translation>La entidad %1 es de tipo %2, que Atalaya no lee (lee Beach, OffStreetParking, CrowdFlowObserved y PointOfInterest); se omite.</translation>
    </message>
    <message>
        <source>“%1” is not a location (“latitude, longitude”); entity %2 is kept without one.</source>
        <translation>“%1” no es una ubicación (“latitud, longitud”); la entidad %2 se conserva sin ubicación.</translation>
    </message>
    <message>
        <source>The location of entity %1 is not a GeoJSON geometry with coordinates; the entity is kept without one.</source>
        <translation>La ubicación de la entidad %1 no es una geometría GeoJSON con coordenadas; la entidad se conserva sin ubicación.</translation>
    </message>
    <message>
        <source>The location of entity %1 gives [%2, %3], which lies outside the city read as GeoJSON&apos;s [longitude, latitude] and inside it the other way round: it was read as latitude %2, longitude %3.</source>
        <translation>La ubicación de la entidad %1 da [%2, %3], que queda fuera de la ciudad leída como [longitud, latitud] de GeoJSON y dentro de ella al revés: se leyó como latitud %2, longitud %3.</translation>
    </message>
    <message>
        <source>The location of entity %1, [%2, %3], is not on the Earth (longitude -180..180, latitude -90..90); the entity is kept without one.</source>
        <translation>La ubicación de la entidad %1, [%2, %3], no está sobre la Tierra (longitud -180..180, latitud -90..90); la entidad se conserva sin ubicación.</translation>
    </message>
    <message>
        <source>The %1 metadata of %2 in entity %3, “%4”, is not a date and time; the reading is skipped.</source>
        <translation>El metadato %1 de %2 en la entidad %3, “%4”, no es una fecha y hora; se omite la lectura.</translation>
    </message>
    <message>
        <source>%1 of entity %2, “%3”, is not a date and time; its readings are skipped.</source>
        <translation>%1 de la entidad %2, “%3”, no es una fecha y hora; se omiten sus lecturas.</translation>
    </message>
    <message>
        <source>Entity %1 says neither when %2 was observed nor when it changed (dateObserved, dateModified, TimeInstant); the reading is skipped.</source>
        <translation>La entidad %1 no indica ni cuándo se observó %2 ni cuándo cambió (dateObserved, dateModified, TimeInstant); se omite la lectura.</translation>
    </message>
    <message>
        <source>%1 of entity %2 is “%3”, not a count (a number of at least 0); the reading is skipped.</source>
        <translation>%1 de la entidad %2 es “%3”, no un recuento (un número mayor o igual que 0); se omite la lectura.</translation>
    </message>
    <message>
        <source>%1 of entity %2 is “%3”, not a capacity (a whole number above 0); the place is kept without one.</source>
        <translation>%1 de la entidad %2 es “%3”, no una capacidad (un número entero mayor que 0); el lugar se conserva sin capacidad.</translation>
    </message>
    <message>
        <source>Entity %1 carries none of the figures Atalaya reads from it (%2); there is nothing to store.</source>
        <translation>La entidad %1 no trae ninguna de las cifras que Atalaya lee de ella (%2); no hay nada que almacenar.</translation>
    </message>
    <message>
        <source>occupationRate of entity %1 is “%2”; Beach allows high, medium, low or none. The reading is skipped.</source>
        <translation>occupationRate de la entidad %1 es “%2”; Beach admite high, medium, low o none. Se omite la lectura.</translation>
    </message>
    <message>
        <source>Entity %1 has %2 spots available of %3 in total; the reading is skipped.</source>
        <translation>La entidad %1 tiene %2 plazas libres de %3 en total; se omite la lectura.</translation>
    </message>
    <message>
        <source>The payload is a bare JSON value, not NGSI-v2 entities.</source>
        <translation>El contenido es un valor JSON suelto, no entidades NGSI-v2.</translation>
    </message>
    <message>
        <source>The context broker answered with an error instead of entities: %1 (%2).</source>
        <translation>El context broker respondió con un error en lugar de entidades: %1 (%2).</translation>
    </message>
    <message>
        <source>This is not NGSI-v2: the payload is neither a list of entities, an entity (with id and type) nor a notification (with a data list).</source>
        <translation>Esto no es NGSI-v2: el contenido no es ni una lista de entidades, ni una entidad (con id y type), ni una notificación (con una lista data).</translation>
    </message>
</context>
<context>
    <name>atalaya::feeds::sentilo::SentiloPayload</name>
    <message>
        <source>An observation must be a JSON object, not %1.</source>
        <translation>Una observación debe ser un objeto JSON, no %1.</translation>
    </message>
    <message>
        <source>The observation has no value.</source>
        <translation>La observación no tiene valor.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” no es un número.</translation>
    </message>
    <message>
        <source>“%1” is not a Sentilo timestamp (dd/MM/yyyyTHH:mm:ss, UTC unless a zone follows).</source>
        <translation>“%1” no es una marca de tiempo de Sentilo (dd/MM/yyyyTHH:mm:ss, UTC salvo que le siga una zona horaria).</translation>
    </message>
    <message>
        <source>“%1” is not a time in milliseconds since 1970.</source>
        <translation>“%1” no es un instante en milisegundos desde 1970.</translation>
    </message>
    <message>
        <source>The observation has neither a timestamp nor a time.</source>
        <translation>La observación no tiene ni timestamp ni time.</translation>
    </message>
    <message>
        <source>The payload is a JSON %1 where Sentilo answers with an object.</source>
        <translation>El contenido es un %1 JSON, cuando Sentilo responde con un objeto.</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>The server answered with an error instead of data: %1 (code %2).</source>
        <translation>El servidor respondió con un error en lugar de datos: %1 (código %2).</translation>
    </message>
    <message>
        <source>The catalogue entry has no sensor code.</source>
        <translation>La entrada del catálogo no tiene código de sensor.</translation>
    </message>
    <message>
        <source>“%1” is not a location as Sentilo writes it (“latitude longitude”); the sensor is kept without one.</source>
        <translation>“%1” no es una ubicación en el formato de Sentilo (“latitud longitud”); el sensor se conserva sin ubicación.</translation>
    </message>
    <message>
        <source>“%1” is not a capacity (a whole number of people or spots above 0).</source>
        <translation>“%1” no es una capacidad (un número entero de personas o plazas mayor que 0).</translation>
    </message>
    <message>
        <source>This is not a Sentilo sensor data answer: it has no “observations” list.</source>
        <translation>Esto no es una respuesta de datos de sensor de Sentilo: no tiene la lista “observations”.</translation>
    </message>
    <message>
        <source>This is not a Sentilo provider data answer: it has no “sensors” list.</source>
        <translation>Esto no es una respuesta de datos de proveedor de Sentilo: no tiene la lista “sensors”.</translation>
    </message>
    <message>
        <source>A sensor entry must be a JSON object, not %1.</source>
        <translation>Una entrada de sensor debe ser un objeto JSON, no %1.</translation>
    </message>
    <message>
        <source>The sensor entry has no sensor code; its observations are skipped.</source>
        <translation>La entrada de sensor no tiene código de sensor; se omiten sus observaciones.</translation>
    </message>
    <message>
        <source>Sensor %1 has no “observations” list.</source>
        <translation>El sensor %1 no tiene la lista “observations”.</translation>
    </message>
    <message>
        <source>The catalogue entry names no provider; its sensors are skipped.</source>
        <translation>La entrada del catálogo no indica ningún proveedor; se omiten sus sensores.</translation>
    </message>
    <message>
        <source>This is not a Sentilo catalogue: it has no “providers” list.</source>
        <translation>Esto no es un catálogo de Sentilo: no tiene la lista “providers”.</translation>
    </message>
</context>
<context>
    <name>atalaya::feedsim::FeedSimulator</name>
    <message>
        <source>The feed simulator already listens on 127.0.0.1:%1.</source>
        <translation>El simulador de fuentes ya escucha en 127.0.0.1:%1.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: the port is already in use by another program. Choose another port, or 0 for a free one.</source>
        <translation>No se puede escuchar en 127.0.0.1:%1: otro programa ya usa el puerto. Elija otro puerto, o 0 para uno libre.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>No se puede escuchar en 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>Cannot serve HTTP on 127.0.0.1:%1: the HTTP server refused the socket.</source>
        <translation>No se puede servir HTTP en 127.0.0.1:%1: el servidor HTTP rechazó el socket.</translation>
    </message>
</context>
<context>
    <name>atalaya::ingest::IngestStatus</name>
    <message>
        <source>the feeds file %1</source>
        <translation>el archivo de fuentes %1</translation>
    </message>
    <message>
        <source>the ingest service started on %1 at %2</source>
        <translation>el servicio de ingesta iniciado en el equipo %1 el %2</translation>
    </message>
    <message>
        <source>nothing: no feeds file given and no ingest service has run on this store</source>
        <translation>nada: no se indicó ningún archivo de fuentes y ningún servicio de ingesta ha funcionado con este almacén</translation>
    </message>
    <message>
        <source>Checked at %1; expectations from %2.</source>
        <translation>Comprobado el %1; origen de los plazos previstos: %2.</translation>
    </message>
    <message>
        <source>provider %1 (no feed known)</source>
        <translation>proveedor %1 (ninguna fuente conocida)</translation>
    </message>
    <message>
        <source>feed %1 (%2, provider %3)</source>
        <translation>fuente %1 (%2, proveedor %3)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>STALE since %1</source>
        <translation>DATOS DESACTUALIZADOS desde %1</translation>
    </message>
    <message>
        <source>STALE, no reading yet</source>
        <translation>DATOS DESACTUALIZADOS, aún sin lecturas</translation>
    </message>
    <message>
        <source>current</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>newest observation %1 (%2 s ago) from sensor %3</source>
        <translation>observación más reciente: %1 (hace %2 s), del sensor %3</translation>
    </message>
    <message>
        <source>no observation stored</source>
        <translation>ninguna observación almacenada</translation>
    </message>
    <message>
        <source>; expected every %1 s at most</source>
        <translation>; se espera una lectura cada %1 s como máximo</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; %3; %n sensor(s)</source>
        <translation>
            <numerusform>%1: %2; %3; %n sensor</numerusform>
            <numerusform>%1: %2; %3; %n sensores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n reading(s) in the last hour</source>
        <translation>
            <numerusform>; %n lectura en la última hora</numerusform>
            <numerusform>; %n lecturas en la última hora</numerusform>
        </translation>
    </message>
    <message>
        <source>The store holds no sensor and no feed is known.</source>
        <translation>El almacén no contiene ningún sensor y no se conoce ninguna fuente.</translation>
    </message>
</context>
<context>
    <name>ingest</name>
    <message>
        <source>atalaya-ingest: %1</source>
        <translation>atalaya-ingest: %1</translation>
    </message>
    <message>
        <source>Says what the store holds about the feeds: the newest observation of each, the readings of the last hour, and which are stale. Exit code 0: every feed is current; 2: some feed is stale; 65: the store cannot be opened.</source>
        <translation>Indica lo que contiene el almacén sobre las fuentes: la observación más reciente de cada una, las lecturas de la última hora y cuáles están desactualizadas. Código de salida 0: todas las fuentes están al día; 2: alguna fuente está desactualizada; 65: no se puede abrir el almacén.</translation>
    </message>
    <message>
        <source>The store: a SQLite file or postgresql://user@host:port/dbname.</source>
        <translation>El almacén: un archivo SQLite o postgresql://usuario@host:puerto/basededatos.</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>UBICACIÓN</translation>
    </message>
    <message>
        <source>Judge staleness by the feeds in FILE instead of what the ingest service recorded in the store.</source>
        <translation>Determinar qué fuentes están desactualizadas según las de ARCHIVO, en lugar de según lo que el servicio de ingesta registró en el almacén.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Mostrar un único objeto JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>The status command.</source>
        <translation>El comando status.</translation>
    </message>
    <message>
        <source>status takes no other argument than its options; found %1.</source>
        <translation>status no admite más argumentos que sus opciones; se encontró %1.</translation>
    </message>
    <message>
        <source>status needs --db LOCATION: the store to report on.</source>
        <translation>status necesita --db UBICACIÓN: el almacén sobre el que informar.</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>No hay ningún almacén en %1.</translation>
    </message>
    <message>
        <source>Runs the live feeds (and the alert rules) against the store without a display, until SIGTERM or SIGINT; with --once, polls every feed once and exits. `atalaya-ingest status --db LOCATION` reports on the feeds. See docs/ingest.md.</source>
        <translation>Ejecuta las fuentes en directo (y las reglas de alerta) sobre el almacén sin pantalla, hasta recibir SIGTERM o SIGINT; con --once, consulta cada fuente una vez y termina. `atalaya-ingest status --db UBICACIÓN` informa sobre las fuentes. Véase docs/ingest.md.</translation>
    </message>
    <message>
        <source>The feeds to run (format: docs/feeds.md).</source>
        <translation>Las fuentes que se ejecutan (formato: docs/feeds.md).</translation>
    </message>
    <message>
        <source>Evaluate the alert rules in FILE (format: docs/alert-rules.md); without it, no alerts are evaluated.</source>
        <translation>Evaluar las reglas de alerta de ARCHIVO (formato: docs/alert-rules.md); sin esta opción no se evalúa ninguna alerta.</translation>
    </message>
    <message>
        <source>Poll every enabled feed once, store what they gave and exit: 0 when every feed answered, 1 when some failed.</source>
        <translation>Consultar una vez cada fuente activada, almacenar lo que devolvieron y salir: 0 si todas las fuentes respondieron, 1 si alguna falló.</translation>
    </message>
    <message>
        <source>json (default: one JSON object per line on stderr) or text.</source>
        <translation>json (por omisión: un objeto JSON por línea en stderr) o text.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>How long readings wait in memory before they are written together (default 250).</source>
        <translation>Tiempo que esperan las lecturas en memoria antes de escribirse juntas (por omisión 250).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>unexpected argument %1; the only command is status, given first: atalaya-ingest status --db LOCATION.</source>
        <translation>argumento inesperado %1; el único comando es status, indicado en primer lugar: atalaya-ingest status --db UBICACIÓN.</translation>
    </message>
    <message>
        <source>--log-format: &apos;%1&apos; is not a log format; use json or text.</source>
        <translation>--log-format: «%1» no es un formato de registro; use json o text.</translation>
    </message>
    <message>
        <source>--db LOCATION is required: the store the feeds are written to.</source>
        <translation>--db UBICACIÓN es obligatorio: el almacén en el que se escriben las lecturas de las fuentes.</translation>
    </message>
    <message>
        <source>--feeds FILE is required: the feeds to run (see docs/feeds.md).</source>
        <translation>--feeds ARCHIVO es obligatorio: las fuentes que se ejecutan (véase docs/feeds.md).</translation>
    </message>
    <message>
        <source>--flush-interval-ms: &apos;%1&apos; is not a number of milliseconds from 0 to 600000.</source>
        <translation>--flush-interval-ms: «%1» no es un número de milisegundos entre 0 y 600000.</translation>
    </message>
    <message>
        <source>%1 lists no usable feed.</source>
        <translation>%1 no contiene ninguna fuente utilizable.</translation>
    </message>
    <message>
        <source>--rules: there is no file %1.</source>
        <translation>--rules: no existe el archivo %1.</translation>
    </message>
    <message>
        <source>--rules: %1: %2</source>
        <translation>--rules: %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>atalaya: %1</source>
        <translation>atalaya: %1</translation>
    </message>
    <message>
        <source>Atalaya: the city&apos;s essential services, epidemic, hospitals and crowds on one screen.</source>
        <translation>Atalaya: los servicios esenciales, la epidemia, los hospitales y las aglomeraciones de la ciudad en una sola pantalla.</translation>
    </message>
    <message>
        <source>Use the store FILE (SQLite). Default: atalaya.db in the user&apos;s data folder.</source>
        <translation>Usar el almacén ARCHIVO (SQLite). Por omisión: atalaya.db en la carpeta de datos del usuario.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Seed of the demo city generated into a new store (default 1).</source>
        <translation>Semilla de la ciudad de demostración que se genera en un almacén nuevo (por omisión 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>End the demo city&apos;s history at DATETIME (ISO 8601, UTC unless a zone is given) instead of now.</source>
        <translation>Terminar la historia de la ciudad de demostración en FECHAHORA (ISO 8601, UTC salvo que se indique una zona) en lugar de ahora.</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>FECHAHORA</translation>
    </message>
    <message>
        <source>Start with the time cursor at DATETIME (ISO 8601) instead of live.</source>
        <translation>Empezar con el cursor de tiempo en FECHAHORA (ISO 8601) en lugar de en directo.</translation>
    </message>
    <message>
        <source>Render the window offscreen, save it as a PNG to FILE and exit.</source>
        <translation>Dibujar la ventana fuera de pantalla, guardarla como PNG en ARCHIVO y salir.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Window size, e.g. 1600x900.</source>
        <translation>Tamaño de la ventana, p. ej. 1600x900.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>AnxAl</translation>
    </message>
    <message>
        <source>Colour theme: dark (control room) or light (briefing).</source>
        <translation>Tema de color: dark (oscuro, sala de control) o light (claro, reuniones informativas).</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>TEMA</translation>
    </message>
    <message>
        <source>Interface language, e.g. es or pt (default: the system&apos;s).</source>
        <translation>Idioma de la interfaz, p. ej. es o pt (por omisión: el del sistema).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see --help.</source>
        <translation>argumento inesperado «%1»; consulte --help.</translation>
    </message>
    <message>
        <source>--demo-seed: &apos;%1&apos; is not a whole number ≥ 0.</source>
        <translation>--demo-seed: «%1» no es un número entero ≥ 0.</translation>
    </message>
    <message>
        <source>--demo-anchor: &apos;%1&apos; is not an ISO 8601 date-time (e.g. 2026-03-15T12:00:00Z).</source>
        <translation>--demo-anchor: «%1» no es una fecha y hora ISO 8601 (p. ej. 2026-03-15T12:00:00Z).</translation>
    </message>
    <message>
        <source>--at: &apos;%1&apos; is not an ISO 8601 date-time (e.g. 2026-03-15T09:00:00Z).</source>
        <translation>--at: «%1» no es una fecha y hora ISO 8601 (p. ej. 2026-03-15T09:00:00Z).</translation>
    </message>
    <message>
        <source>--theme: &apos;%1&apos; is not a theme; use dark or light.</source>
        <translation>--theme: «%1» no es un tema; use dark o light.</translation>
    </message>
    <message>
        <source>--size: &apos;%1&apos; is not WIDTHxHEIGHT between 320x240 and 16384x16384.</source>
        <translation>--size: «%1» no es ANCHOxALTO entre 320x240 y 16384x16384.</translation>
    </message>
    <message>
        <source>--screenshot: the folder of &apos;%1&apos; does not exist.</source>
        <translation>--screenshot: la carpeta de «%1» no existe.</translation>
    </message>
    <message>
        <source>the main QML object is not a window.</source>
        <translation>el objeto QML principal no es una ventana.</translation>
    </message>
    <message>
        <source>could not write the screenshot to &apos;%1&apos;.</source>
        <translation>no se pudo escribir la captura de pantalla en «%1».</translation>
    </message>
    <message>
        <source>could not write the texts to &apos;%1&apos;.</source>
        <translation>no se pudieron escribir los textos en «%1».</translation>
    </message>
    <message>
        <source>the dashboard did not become ready within 10 minutes; no screenshot taken.</source>
        <translation>el panel no estuvo listo en 10 minutos; no se tomó ninguna captura.</translation>
    </message>
    <message>
        <source>%1 already holds a city (demo seed %2, history up to %3); --demo-seed and --demo-anchor apply only to a new store.</source>
        <translation>%1 ya contiene una ciudad (semilla de demostración %2, historial hasta %3); --demo-seed y --demo-anchor solo se aplican a un almacén nuevo.</translation>
    </message>
    <message>
        <source>Import hospitals and their bed reports from FILE (CSV, or FIWARE NGSI-v2 JSON) into the store, print what was imported and exit.</source>
        <translation>Importar hospitales y sus partes de camas desde ARCHIVO (CSV, o JSON FIWARE NGSI-v2) al almacén, mostrar lo importado y salir.</translation>
    </message>
    <message>
        <source>Import epidemic figures per region from FILE (CSV) into the store, print what was imported and exit.</source>
        <translation>Importar cifras de la epidemia por región desde ARCHIVO (CSV) al almacén, mostrar lo importado y salir.</translation>
    </message>
    <message>
        <source>With --import-epi: read every figure as SHAPE (daily, cumulative or windowed) instead of from the column names.</source>
        <translation>Con --import-epi: leer todas las cifras como FORMA (daily, cumulative o windowed) en lugar de deducirla de los nombres de las columnas.</translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation>FORMA</translation>
    </message>
    <message>
        <source>With --epi-shape windowed: the window in days of columns whose name gives none.</source>
        <translation>Con --epi-shape windowed: la ventana en días de las columnas cuyo nombre no la indica.</translation>
    </message>
    <message>
        <source>Import region polygons and their population from FILE (GeoJSON) into the store, print what was imported and exit.</source>
        <translation>Importar polígonos de regiones y su población desde ARCHIVO (GeoJSON) al almacén, mostrar lo importado y salir.</translation>
    </message>
    <message>
        <source>With --import-regions: the level of every region in the file (district, neighbourhood or postcode); with --import-epi: match only regions of that level.</source>
        <translation>Con --import-regions: el nivel de todas las regiones del archivo (district, neighbourhood o postcode); con --import-epi: asociar solo regiones de ese nivel.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEL</translation>
    </message>
    <message>
        <source>--epi-shape applies only with --import-epi.</source>
        <translation>--epi-shape solo se aplica con --import-epi.</translation>
    </message>
    <message>
        <source>--epi-shape: &apos;%1&apos; is not a shape; use daily, cumulative or windowed.</source>
        <translation>--epi-shape: «%1» no es una forma; use daily, cumulative o windowed.</translation>
    </message>
    <message>
        <source>--window-days: &apos;%1&apos; is not a number of days from 1 to 366.</source>
        <translation>--window-days: «%1» no es un número de días entre 1 y 366.</translation>
    </message>
    <message>
        <source>--window-days applies only with --import-epi and --epi-shape windowed.</source>
        <translation>--window-days solo se aplica con --import-epi y --epi-shape windowed.</translation>
    </message>
    <message>
        <source>--region-level applies only with --import-regions or --import-epi.</source>
        <translation>--region-level solo se aplica con --import-regions o --import-epi.</translation>
    </message>
    <message>
        <source>--region-level: &apos;%1&apos; is not a region level; use district, neighbourhood or postcode.</source>
        <translation>--region-level: «%1» no es un nivel de región; use district, neighbourhood o postcode.</translation>
    </message>
    <message>
        <source>Import services from FILE (GeoJSON, CSV, or FIWARE NGSI-v2 JSON) into the category given by --category, print what was imported and exit.</source>
        <translation>Importar servicios desde ARCHIVO (GeoJSON, CSV o JSON FIWARE NGSI-v2) a la categoría indicada con --category, mostrar lo importado y salir.</translation>
    </message>
    <message>
        <source>With --import-services: the category&apos;s slug (e.g. pharmacies or elderly-homes), created if new; with --export-services: export only this category.</source>
        <translation>Con --import-services: el identificador de la categoría (p. ej. pharmacies o elderly-homes), que se crea si es nueva; con --export-services: exportar solo esta categoría.</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>IDENTIFICADOR</translation>
    </message>
    <message>
        <source>With --import-services: read these fields from these columns, e.g. name=NOMBRE,lat=Y,lon=X (fields: %1).</source>
        <translation>Con --import-services: leer estos campos de estas columnas, p. ej. name=NOMBRE,lat=Y,lon=X (campos: %1).</translation>
    </message>
    <message>
        <source>FIELD=COLUMN,...</source>
        <translation>CAMPO=COLUMNA,...</translation>
    </message>
    <message>
        <source>Export services (all, or those of --category) to FILE, GeoJSON for .geojson or .json and CSV for .csv, and exit.</source>
        <translation>Exportar servicios (todos, o los de --category) a ARCHIVO, en GeoJSON para .geojson o .json y en CSV para .csv, y salir.</translation>
    </message>
    <message>
        <source>--category applies only with --import-services or --export-services.</source>
        <translation>--category solo se aplica con --import-services o --export-services.</translation>
    </message>
    <message>
        <source>--map applies only with --import-services.</source>
        <translation>--map solo se aplica con --import-services.</translation>
    </message>
    <message>
        <source>--import-services needs --category SLUG, e.g. pharmacies or elderly-homes.</source>
        <translation>--import-services necesita --category IDENTIFICADOR, p. ej. pharmacies o elderly-homes.</translation>
    </message>
    <message>
        <source>--category: &apos;%1&apos; is not a category slug: %2. Use lowercase words and digits joined by &apos;-&apos;, e.g. elderly-homes.</source>
        <translation>--category: «%1» no es un identificador de categoría: %2. Use palabras en minúsculas y dígitos unidos por &apos;-&apos;, p. ej. elderly-homes.</translation>
    </message>
    <message>
        <source>--map: %1</source>
        <translation>--map: %1</translation>
    </message>
    <message>
        <source>--export-services: &apos;%1&apos; must end in .geojson, .json or .csv to say the format.</source>
        <translation>--export-services: «%1» debe terminar en .geojson, .json o .csv para indicar el formato.</translation>
    </message>
    <message>
        <source>--export-services: the folder of &apos;%1&apos; does not exist.</source>
        <translation>--export-services: la carpeta de «%1» no existe.</translation>
    </message>
    <message>
        <source>--category: the store has no category &apos;%1&apos;.</source>
        <translation>--category: el almacén no tiene la categoría «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n service(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n servicio a %1.</numerusform>
            <numerusform>Se exportaron %n servicios a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read live feeds (Sentilo, FIWARE NGSI-v2, HTTP, files) as listed in FILE (see docs/feeds.md) instead of the feeds file in the settings.</source>
        <translation>Leer las fuentes en directo (Sentilo, FIWARE NGSI-v2, HTTP, archivos) indicadas en ARCHIVO (véase docs/feeds.md) en lugar del archivo de fuentes de la configuración.</translation>
    </message>
    <message>
        <source>Open on page NAME: overview, map, hospitals, epidemic, occupancy, feeds or alerts.</source>
        <translation>Abrir en la página NOMBRE: overview, map, hospitals, epidemic, occupancy, feeds o alerts.</translation>
    </message>
    <message>
        <source>Use the alert rules in FILE (see docs/alert-rules.md) for this run instead of the rules file in the settings.</source>
        <translation>Usar en esta ejecución las reglas de alerta de ARCHIVO (véase docs/alert-rules.md) en lugar del archivo de reglas de la configuración.</translation>
    </message>
    <message>
        <source>Start in presentation mode: full screen, large type, cycling through the pages chosen for it (F5 or Esc leaves).</source>
        <translation>Iniciar en modo presentación: pantalla completa, letra grande y rotación por las páginas elegidas para este modo (F5 o Esc para salir).</translation>
    </message>
    <message>
        <source>Write the briefing PDF (key figures, map, charts, open alerts, operator notes) of the city at --at (default: now) to FILE, print a summary and exit. Needs no display.</source>
        <translation>Escribir en ARCHIVO el PDF del informe de situación (cifras clave, mapa, gráficos, alertas abiertas, notas del operador) de la ciudad en --at (por omisión: ahora), mostrar un resumen y salir. No necesita pantalla.</translation>
    </message>
    <message>
        <source>With --export-briefing: the paper size, A4 (default) or A3.</source>
        <translation>Con --export-briefing: el tamaño del papel, A4 (por omisión) o A3.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>--page: &apos;%1&apos; is not a page; use overview, map, hospitals, epidemic, occupancy, feeds or alerts.</source>
        <translation>--page: «%1» no es una página; use overview, map, hospitals, epidemic, occupancy, feeds o alerts.</translation>
    </message>
    <message>
        <source>--paper applies only with --export-briefing.</source>
        <translation>--paper solo se aplica con --export-briefing.</translation>
    </message>
    <message>
        <source>--paper: &apos;%1&apos; is not a paper size; use A4 or A3.</source>
        <translation>--paper: «%1» no es un tamaño de papel; use A4 o A3.</translation>
    </message>
    <message>
        <source>--export-briefing: the folder &apos;%1&apos; of &apos;%2&apos; does not exist.</source>
        <translation>--export-briefing: la carpeta «%1» de «%2» no existe.</translation>
    </message>
    <message>
        <source>--export-briefing: &apos;%1&apos; is a folder; give the PDF&apos;s file name.</source>
        <translation>--export-briefing: «%1» es una carpeta; indique el nombre del archivo PDF.</translation>
    </message>
    <message>
        <source>Generating the demo city into %1 ...</source>
        <translation>Generando la ciudad de demostración en %1 ...</translation>
    </message>
    <message numerus="yes">
        <source>Briefing written to %1: %n page(s), %2, city as at %3, newest data %4, in %5 s.</source>
        <translation>
            <numerusform>Informe de situación escrito en %1: %n página, %2, situación de la ciudad el %3, datos más recientes: %4, en %5 s.</numerusform>
            <numerusform>Informe de situación escrito en %1: %n páginas, %2, situación de la ciudad el %3, datos más recientes: %4, en %5 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>--migrate-store: the store to copy, %1, does not exist.</source>
        <translation>--migrate-store: el almacén que se va a copiar, %1, no existe.</translation>
    </message>
    <message>
        <source>Copying %1 (%2) into %3 (%4):</source>
        <translation>Copiando %1 (%2) en %3 (%4):</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n row(s)</source>
        <translation>
            <numerusform>  %1: %n fila</numerusform>
            <numerusform>  %1: %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) in %1 tables in %2 s; every table has as many rows in the target as in the source.</source>
        <translation>
            <numerusform>Se ha copiado %n fila en %1 tablas en %2 s; cada tabla tiene en el destino tantas filas como en el origen.</numerusform>
            <numerusform>Se han copiado %n filas en %1 tablas en %2 s; cada tabla tiene en el destino tantas filas como en el origen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy every row of the store FROM into the new, empty store TO (given after FROM; each an SQLite file or a postgresql:// URL), check that every table has as many rows in both, print them and exit.</source>
        <translation>Copiar todas las filas del almacén ORIGEN en el almacén nuevo y vacío DESTINO (indicado después de ORIGEN; cada uno, un archivo SQLite o una URL postgresql://), comprobar que cada tabla tiene tantas filas en uno como en otro, mostrar los recuentos y salir.</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>--%1 does not apply with --migrate-store, which takes both stores as FROM and TO.</source>
        <translation>--%1 no se aplica con --migrate-store, que recibe ambos almacenes como ORIGEN y DESTINO.</translation>
    </message>
    <message>
        <source>--migrate-store needs two stores: --migrate-store FROM TO, each an SQLite file or a postgresql:// URL.</source>
        <translation>--migrate-store necesita dos almacenes: --migrate-store ORIGEN DESTINO, cada uno un archivo SQLite o una URL postgresql://.</translation>
    </message>
    <message>
        <source>This is the store saved in the Store dialog. Start with --db FILE-OR-URL to open another one, and choose it there again.</source>
        <translation>Este es el almacén guardado en el diálogo Almacén. Inicie con --db ARCHIVO-O-URL para abrir otro y vuelva a elegirlo en ese diálogo.</translation>
    </message>
</context>
</TS>
