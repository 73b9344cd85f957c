<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <source>Map of %1. Arrow keys pan, plus and minus zoom, 0 shows the whole city.</source>
        <translation>Mapa de %1. Las flechas desplazan, más y menos cambian el zoom, 0 muestra toda la ciudad.</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
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
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>residents</source>
        <translation>habitantes</translation>
    </message>
    <message>
        <source>Registered residents of all districts</source>
        <translation>Habitantes empadronados en todos los distritos</translation>
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
        <source>on the 7 days before</source>
        <translation>frente a los 7 días previos</translation>
    </message>
    <message>
        <source>7 days before: %1</source>
        <translation>7 días anteriores: %1</translation>
    </message>
    <message>
        <source>Reported up to %1</source>
        <translation>Notificado hasta el %1</translation>
    </message>
    <message>
        <source>ICU beds free</source>
        <translation>Camas de UCI libres</translation>
    </message>
    <message>
        <source>of %1 beds</source>
        <translation>de %1 camas</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompleto</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>No hospitals in the store</source>
        <translation>No hay hospitales en el almacén</translation>
    </message>
    <message>
        <source>%1 of %2 hospitals reporting, %3 overdue</source>
        <translation>%1 de %2 hospitales informando, %3 con retraso</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>A fecha de %1</translation>
    </message>
    <message>
        <source>Crowded sites at red</source>
        <translation>Aforo: lugares en rojo</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>lugares</translation>
    </message>
    <message>
        <source>Crowded</source>
        <translation>Aglomeración</translation>
    </message>
    <message>
        <source>All clear</source>
        <translation>Todo en orden</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>%1 of %2 sites reporting</source>
        <translation>%1 de %2 lugares informando</translation>
    </message>
    <message>
        <source>Every figure shows the time it is valid at. &quot;No data&quot; means nothing was reported, not zero.</source>
        <translation>Cada cifra muestra el momento en que es válida. «Sin datos» significa que no se notificó nada, no cero.</translation>
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
        <source>Open on page NAME: overview or map.</source>
        <translation>Abrir en la página NOMBRE: overview (resumen) o map (mapa).</translation>
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
        <source>--page: &apos;%1&apos; is not a page; use overview or map.</source>
        <translation>--page: «%1» no es una página; use overview o map.</translation>
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
</context>
</TS>
