<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BedTypeToggle</name>
    <message>
        <source>Bed type</source>
        <translation>Tipo de cama</translation>
    </message>
    <message>
        <source>General beds</source>
        <translation>Camas generales</translation>
    </message>
    <message>
        <source>ICU beds</source>
        <translation>Camas UCI</translation>
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
    <name>HospitalImportButton</name>
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
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
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
    <message>
        <source>time cursor</source>
        <translation>cursor de tiempo</translation>
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
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
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
    <name>RiskScheme</name>
    <message>
        <source>Insufficient data</source>
        <translation>Datos insuficientes</translation>
    </message>
    <message>
        <source>US CDC 2021 community transmission</source>
        <translation>Transmisión comunitaria, CDC de EE. UU. 2021</translation>
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
        <source>Open on page NAME: overview, map or hospitals.</source>
        <translation>Abrir en la página NOMBRE: overview (resumen), map (mapa) o hospitals (hospitales).</translation>
    </message>
    <message>
        <source>--page: &apos;%1&apos; is not a page; use overview, map or hospitals.</source>
        <translation>--page: «%1» no es una página; use overview, map o hospitals.</translation>
    </message>
</context>
</TS>
