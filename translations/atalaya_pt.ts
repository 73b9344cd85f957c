<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>BedTypeToggle</name>
    <message>
        <source>Bed type</source>
        <translation>Tipo de leito</translation>
    </message>
    <message>
        <source>General beds</source>
        <translation>Leitos gerais</translation>
    </message>
    <message>
        <source>ICU beds</source>
        <translation>Leitos de UTI</translation>
    </message>
</context>
<context>
    <name>CityMap</name>
    <message>
        <source>Map of %1. Arrow keys pan, plus and minus zoom, 0 shows the whole city.</source>
        <translation>Mapa de %1. As setas deslocam, mais e menos alteram o zoom, 0 mostra a cidade inteira.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>O documento está vazio.</translation>
    </message>
    <message>
        <source>The file is not text (it looks like an image, an archive or a spreadsheet workbook); save it as CSV first.</source>
        <translation>O documento não é texto (parece uma imagem, um pacote comprimido ou uma folha de cálculo/planilha); guarde-o primeiro como CSV.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field opens here and is never closed.</source>
        <translation>Linha %1: aqui começa um campo entre aspas que nunca é fechado.</translation>
    </message>
</context>
<context>
    <name>DemoCity</name>
    <message>
        <source>Writing the demo city failed: %1</source>
        <translation>Não foi possível escrever a cidade de demonstração: %1</translation>
    </message>
    <message>
        <source>Drawing the coastline and the river</source>
        <translation>Traçado da costa e do rio</translation>
    </message>
    <message>
        <source>Laying out districts and neighbourhoods</source>
        <translation>Traçado de distritos e bairros</translation>
    </message>
    <message>
        <source>Placing services</source>
        <translation>Colocação dos serviços</translation>
    </message>
    <message>
        <source>Simulating two years of the epidemic</source>
        <translation>Simulação de dois anos de epidemia</translation>
    </message>
    <message>
        <source>Writing the demo city failed: cannot set %1.</source>
        <translation>Não foi possível escrever a cidade de demonstração: não é possível definir %1.</translation>
    </message>
    <message>
        <source>Writing epidemic figures</source>
        <translation>Escrita dos números da epidemia</translation>
    </message>
    <message>
        <source>Writing hospital bed reports</source>
        <translation>Escrita dos relatórios de camas dos hospitais</translation>
    </message>
    <message>
        <source>Recording occupancy sensors</source>
        <translation>Gravação dos sensores de ocupação</translation>
    </message>
    <message>
        <source>Cannot write the demo city: the store is not open.</source>
        <translation>Não é possível escrever a cidade de demonstração: o armazenamento não está aberto.</translation>
    </message>
    <message>
        <source>Cannot write the demo city: the store already holds the city &quot;%1&quot;. Use a new, empty store.</source>
        <translation>Não é possível escrever a cidade de demonstração: o armazenamento já contém a cidade «%1». Use um armazenamento novo e vazio.</translation>
    </message>
    <message>
        <source>Cannot write the demo city: the store cannot be read (%1).</source>
        <translation>Não é possível escrever a cidade de demonstração: não é possível ler o armazenamento (%1).</translation>
    </message>
    <message>
        <source>Cannot write the demo city: the store already holds regions, services or sites. Use a new, empty store.</source>
        <translation>Não é possível escrever a cidade de demonstração: o armazenamento já contém regiões, serviços ou locais. Use um armazenamento novo e vazio.</translation>
    </message>
    <message>
        <source>Writing the demo city failed: the transaction could not be committed (%1).</source>
        <translation>Não foi possível escrever a cidade de demonstração: não foi possível confirmar a transação (%1).</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>DistrictRowDelegate</name>
    <message>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>up %1 %</source>
        <translation>sobe %1 %</translation>
    </message>
    <message>
        <source>down %1 %</source>
        <translation>desce %1 %</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sem alteração</translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation>Posição %1</translation>
    </message>
    <message>
        <source>population %1</source>
        <translation>população %1</translation>
    </message>
    <message>
        <source>cases in the last 7 days %1</source>
        <translation>casos nos últimos 7 dias %1</translation>
    </message>
    <message>
        <source>incidence per 100,000 %1</source>
        <translation>incidência por 100 000 %1</translation>
    </message>
    <message>
        <source>trend on the week before %1</source>
        <translation>tendência face à semana anterior %1</translation>
    </message>
    <message>
        <source>people over 65 %1</source>
        <translation>pessoas com mais de 65 anos %1</translation>
    </message>
    <message>
        <source>deprivation index %1</source>
        <translation>índice de privação %1</translation>
    </message>
</context>
<context>
    <name>DistrictTable</name>
    <message>
        <source>Districts, ranked by 7-day incidence — reported up to %1</source>
        <translation>Distritos por incidência a 7 dias — notificado até %1</translation>
    </message>
    <message>
        <source>Districts, ranked by 7-day incidence</source>
        <translation>Distritos por incidência a 7 dias</translation>
    </message>
    <message>
        <source>No data: no district has reported cases yet.</source>
        <translation>Sem dados: nenhum distrito notificou casos ainda.</translation>
    </message>
</context>
<context>
    <name>DistrictTableHeader</name>
    <message>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>População</translation>
    </message>
    <message>
        <source>Cases, last 7 days</source>
        <translation>Casos, últimos 7 dias</translation>
    </message>
    <message>
        <source>Incidence per 100,000 (7 days)</source>
        <translation>Incidência por 100 000 (7 dias)</translation>
    </message>
    <message>
        <source>Trend on the week before</source>
        <translation>Tendência face à semana anterior</translation>
    </message>
    <message>
        <source>People over 65</source>
        <translation>Mais de 65 anos</translation>
    </message>
    <message>
        <source>Deprivation index</source>
        <translation>Índice de privação</translation>
    </message>
</context>
<context>
    <name>Downsample</name>
    <message>
        <source>The series has %1 x values but %2 y values.</source>
        <translation>A série tem %1 valores de x mas %2 valores de y.</translation>
    </message>
    <message>
        <source>Point %1 has no valid x value.</source>
        <translation>O ponto %1 não tem um valor de x válido.</translation>
    </message>
    <message>
        <source>The x values must increase: point %1 (x = %2) does not come after point %3 (x = %4).</source>
        <translation>Os valores de x devem ser crescentes: o ponto %1 (x = %2) não vem depois do ponto %3 (x = %4).</translation>
    </message>
    <message>
        <source>Point %1 has an infinite y value.</source>
        <translation>O ponto %1 tem um valor de y infinito.</translation>
    </message>
    <message>
        <source>Cannot downsample %1 points to %2: at least 3 points are needed.</source>
        <translation>Não é possível reduzir %1 pontos a %2: são necessários pelo menos 3 pontos.</translation>
    </message>
</context>
<context>
    <name>EpidemicImport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>No region column (such as “distrito”, “barrio”, “region” or “codigo”) among: %1.</source>
        <translation>Nenhuma coluna de região (como “distrito”, “barrio”, “region” ou “codigo”) entre: %1.</translation>
    </message>
    <message>
        <source>No date column (such as “fecha”, “date” or “data”) among: %1.</source>
        <translation>Nenhuma coluna de data (como “fecha”, “date” ou “data”) entre: %1.</translation>
    </message>
    <message>
        <source>The columns %1 give no window in their name; give the window in days (for example 14) to import them as windowed indicators.</source>
        <translation>As colunas %1 não indicam nenhuma janela no nome; indique a janela em dias (por exemplo, 14) para importá-las como indicadores por janela temporal.</translation>
    </message>
    <message>
        <source>No epidemic figures (cases, deaths, tests, doses, incidence, ...) among the columns: %1.</source>
        <translation>Nenhum número da epidemia (casos, óbitos, testes, doses, incidência, ...) entre as colunas: %1.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>O documento tem cabeçalho mas nenhuma linha.</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>sem região</translation>
    </message>
    <message>
        <source>unknown region “%1”</source>
        <translation>região desconhecida “%1”</translation>
    </message>
    <message>
        <source>“%1” (read as the %2 “%3”)</source>
        <translation>“%1” (lido como o %2 “%3”)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
    <message>
        <source>“%1” is not a date (yyyy-MM-dd or dd/MM/yyyy)</source>
        <translation>“%1” não é uma data (yyyy-MM-dd ou dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>“%1” não é um número inteiro</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” não é um número</translation>
    </message>
    <message>
        <source>“%1” is negative</source>
        <translation>“%1” é negativo</translation>
    </message>
    <message>
        <source>other figures for “%1” on %2 than line %3, which was kept</source>
        <translation>números para “%1” em %2 diferentes dos da linha %3, que foi mantida</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were empty or suppressed (“&lt;5”, “*”, “-”) and were stored as NULL (not reported), not as 0.</source>
        <translation>
            <numerusform>%n célula estava vazia ou suprimida (“&lt;5”, “*”, “-”) e foi armazenada como NULL (não notificado), não como 0.</numerusform>
            <numerusform>%n células estavam vazias ou suprimidas (“&lt;5”, “*”, “-”) e foram armazenadas como NULL (não notificado), não como 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n daily count(s) were negative (a correction by the source) and were kept as reported.</source>
        <translation>
            <numerusform>%n contagem diária era negativa (uma correção da fonte) e foi mantida tal como notificada.</numerusform>
            <numerusform>%n contagens diárias eram negativas (correções da fonte) e foram mantidas tal como notificadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cumulative totals were stored as reported (%1); no daily counts were derived from them.</source>
        <translation>Os totais acumulados foram armazenados tal como notificados (%1); não foram calculadas contagens diárias a partir deles.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” (%n row(s))</source>
        <translation>
            <numerusform>“%1” (%n linha)</numerusform>
            <numerusform>“%1” (%n linhas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Regions that matched no %1 in the store: %2.</source>
        <translation>Regiões que não correspondem a nenhum %1 do armazenamento: %2.</translation>
    </message>
    <message>
        <source>district, neighbourhood or post code</source>
        <translation>distrito, bairro ou código postal</translation>
    </message>
    <message>
        <source>Names shared by regions of several levels: %1. Choose the region level to read them otherwise.</source>
        <translation>Nomes comuns a regiões de vários níveis: %1. Escolha o nível de região para que sejam lidos de outra forma.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Colunas não importadas: %1.</translation>
    </message>
    <message>
        <source>Writing to the store failed (%1); nothing was imported.</source>
        <translation>A escrita no armazenamento falhou (%1); nada foi importado.</translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation>não foi possível confirmar a transação</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) replaced daily figures stored from another source.</source>
        <translation>
            <numerusform>%n linha substituiu números diários armazenados de outra fonte.</numerusform>
            <numerusform>%n linhas substituíram números diários armazenados de outra fonte.</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>ainda desconhecido</translation>
    </message>
    <message>
        <source>daily counts</source>
        <translation>contagens diárias</translation>
    </message>
    <message>
        <source>cumulative totals</source>
        <translation>totais acumulados</translation>
    </message>
    <message>
        <source>windowed indicators</source>
        <translation>indicadores por janela temporal</translation>
    </message>
    <message>
        <source>“%1” is not a region level (district, neighbourhood or postcode).</source>
        <translation>“%1” não é um nível de região (district, neighbourhood ou postcode).</translation>
    </message>
    <message>
        <source>The regions could not be read from the store.</source>
        <translation>Não foi possível ler as regiões do armazenamento.</translation>
    </message>
    <message>
        <source>Refused %1: %2 Nothing was changed.</source>
        <translation>%1 recusado: %2 Nada foi alterado.</translation>
    </message>
    <message>
        <source>Imported %1 (%2; %3, separator “%4”).</source>
        <translation>%1 importado (%2; %3, separador “%4”).</translation>
    </message>
    <message>
        <source>Columns read: %1.</source>
        <translation>Colunas lidas: %1.</translation>
    </message>
    <message>
        <source>Rows read: %1. New: %2, updated: %3, unchanged: %4, repeated in the file: %5, skipped: %6.</source>
        <translation>Linhas lidas: %1. Novas: %2, atualizadas: %3, sem alterações: %4, repetidas no documento: %5, ignoradas: %6.</translation>
    </message>
    <message>
        <source>Regions: %1. Values written: %2. Cells empty or suppressed, kept as NULL: %3.</source>
        <translation>Regiões: %1. Valores escritos: %2. Células vazias ou suprimidas, guardadas como NULL: %3.</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Ignoradas:</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  linha %1: %2</translation>
    </message>
    <message>
        <source>  line %1, %2: %3</source>
        <translation>  linha %1, %2: %3</translation>
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
        <translation>bairro</translation>
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
        <translation>Não foi possível ler as regiões do armazenamento.</translation>
    </message>
    <message>
        <source>There is no region with id %1.</source>
        <translation>Não existe nenhuma região com id %1.</translation>
    </message>
    <message>
        <source>Epidemic figures are kept per neighbourhood; post codes have none.</source>
        <translation>Os números da epidemia são guardados por bairro; os códigos postais não têm nenhum.</translation>
    </message>
    <message>
        <source>Could not read the epidemic figures from the store.</source>
        <translation>Não foi possível ler os números da epidemia do armazenamento.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Dismiss the error message</source>
        <translation>Fechar a mensagem de erro</translation>
    </message>
</context>
<context>
    <name>HospitalImport</name>
    <message>
        <source>The file starts like JSON but is not valid JSON: %1 at character %2.</source>
        <translation>O documento começa como JSON mas não é JSON válido: %1 na posição %2.</translation>
    </message>
    <message>
        <source>Refused %1: %2 Nothing was changed.</source>
        <translation>%1 recusado: %2 Nada foi alterado.</translation>
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
        <translation>%1 importado (%2).</translation>
    </message>
    <message>
        <source>Rows read: %1. Hospitals created: %2, already known: %3.</source>
        <translation>Linhas lidas: %1. Hospitais criados: %2, já conhecidos: %3.</translation>
    </message>
    <message>
        <source>Reports stored: %1, duplicates: %2, conflicting (first kept): %3. Rows skipped: %4.</source>
        <translation>Relatórios armazenados: %1, duplicados: %2, em conflito (mantido o primeiro): %3. Linhas ignoradas: %4.</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Ignoradas:</translation>
    </message>
    <message>
        <source>entity %1</source>
        <translation>entidade %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
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
        <translation>%1 leitos ocupados mas só %2 no total</translation>
    </message>
    <message>
        <source>%1 free and %2 in use do not add up to %3 beds</source>
        <translation>%1 livres e %2 ocupados não somam %3 leitos</translation>
    </message>
    <message>
        <source>%1 free beds but only %2 in all</source>
        <translation>%1 leitos livres mas só %2 no total</translation>
    </message>
    <message>
        <source>This is not a CSV table: the first line has a single column.</source>
        <translation>Isto não é uma tabela CSV: a primeira linha tem uma só coluna.</translation>
    </message>
    <message>
        <source>Unknown field “%1” in the column mapping (known: %2).</source>
        <translation>Campo desconhecido “%1” no mapeamento de colunas (conhecidos: %2).</translation>
    </message>
    <message>
        <source>The column “%1” mapped to %2 is not in the file.</source>
        <translation>A coluna “%1” indicada para %2 não existe nos dados.</translation>
    </message>
    <message>
        <source>No column with the hospital name (looked for %1); map one with name=COLUMN.</source>
        <translation>Nenhuma coluna com o nome do hospital (nomes procurados: %1); indique uma com name=COLUNA.</translation>
    </message>
    <message>
        <source>No column with the report date (looked for %1); map one with date=COLUMN.</source>
        <translation>Nenhuma coluna com a data do relatório (nomes procurados: %1); indique uma com date=COLUNA.</translation>
    </message>
    <message>
        <source>No column with bed counts (e.g. camas, camas_disponibles, uci, leitos_uti) or an availability level (e.g. nivel, estatus_capacidad_hospitalaria).</source>
        <translation>Nenhuma coluna com contagens de leitos (p. ex. camas, camas_disponibles, uci, leitos_uti) nem com um nível de disponibilidade (p. ex. nivel, estatus_capacidad_hospitalaria).</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>a linha tem %1 campos e o cabeçalho tem %2</translation>
    </message>
    <message>
        <source>no hospital name</source>
        <translation>sem nome de hospital</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>“%1” não é uma data</translation>
    </message>
    <message>
        <source>“%1” is not a “lat,lon” pair</source>
        <translation>“%1” não é um par “lat,lon”</translation>
    </message>
    <message>
        <source>the other coordinate is given but this one is empty</source>
        <translation>a outra coordenada está indicada, mas esta está vazia</translation>
    </message>
    <message>
        <source>“%1” is not a coordinate</source>
        <translation>“%1” não é uma coordenada</translation>
    </message>
    <message>
        <source>%1, %2 is not a position on Earth</source>
        <translation>%1, %2 não é uma posição na Terra</translation>
    </message>
    <message>
        <source>“%1” is not a number of beds</source>
        <translation>“%1” não é um número de leitos</translation>
    </message>
    <message>
        <source>“%1” is not an availability level</source>
        <translation>“%1” não é um nível de disponibilidade</translation>
    </message>
    <message>
        <source>no bed counts and no level</source>
        <translation>sem contagens de leitos nem nível</translation>
    </message>
    <message>
        <source>The JSON holds no FIWARE NGSI-v2 entities (objects with “id” and “type”).</source>
        <translation>O JSON não contém entidades FIWARE NGSI-v2 (objetos com “id” e “type”).</translation>
    </message>
    <message>
        <source>not an entity (no “id” and “type”)</source>
        <translation>não é uma entidade (não tem “id” e “type”)</translation>
    </message>
    <message>
        <source>no dateObserved or dateModified</source>
        <translation>sem dateObserved nem dateModified</translation>
    </message>
    <message>
        <source>the location is not a GeoJSON Point</source>
        <translation>a localização não é um Point GeoJSON</translation>
    </message>
    <message>
        <source>“%1” is not a “lat, lon” pair</source>
        <translation>“%1” não é um par “lat, lon”</translation>
    </message>
    <message>
        <source>no bed counts (totalSpotNumber, availableSpotNumber, icuTotal, ...) and no level</source>
        <translation>sem contagens de leitos (totalSpotNumber, availableSpotNumber, icuTotal, ...) nem nível</translation>
    </message>
    <message>
        <source>no coordinates for “%1”, a hospital not yet in the store</source>
        <translation>sem coordenadas para “%1”, um hospital que ainda não está no armazenamento</translation>
    </message>
    <message>
        <source>“%1” at %2: row %3 differs from the report already stored, which was kept.</source>
        <translation>“%1” em %2: a linha %3 difere do relatório já armazenado, que foi mantido.</translation>
    </message>
    <message>
        <source>“%1” at %2: row %3 differs from row %4; row %4 was kept.</source>
        <translation>“%1” em %2: a linha %3 difere da linha %4; foi mantida a linha %4.</translation>
    </message>
    <message>
        <source>Writing to the store failed (%1); nothing was imported.</source>
        <translation>A escrita no armazenamento falhou (%1); nada foi importado.</translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation>não foi possível confirmar a transação</translation>
    </message>
    <message>
        <source>“%1” (row %2)</source>
        <translation>“%1” (linha %2)</translation>
    </message>
    <message>
        <source>“%1” (rows %2)</source>
        <translation>“%1” (linhas %2)</translation>
    </message>
    <message>
        <source>Matched to the stored hospital “%1”: %2.</source>
        <translation>Associado ao hospital armazenado “%1”: %2.</translation>
    </message>
    <message>
        <source>Read as one hospital, stored as “%1”: %2.</source>
        <translation>Lido como um só hospital, armazenado como “%1”: %2.</translation>
    </message>
    <message>
        <source>%1 hospitals share the coordinates %2, %3: %4. Check that they are really one site.</source>
        <translation>%1 hospitais têm as coordenadas %2, %3 em comum: %4. Verifique se são realmente um só local.</translation>
    </message>
    <message>
        <source>… and %1 more conflicting reports.</source>
        <translation>… e mais %1 relatórios em conflito.</translation>
    </message>
    <message>
        <source>Latitude and longitude were the other way round in rows %1 (outside the city as given, inside once swapped); they were swapped back.</source>
        <translation>A latitude e a longitude estavam invertidas nas linhas %1 (fora da cidade tal como vinham, dentro depois de trocadas); a ordem foi corrigida.</translation>
    </message>
    <message numerus="yes">
        <source>Free beds were derived as total minus occupied in %n report(s).</source>
        <translation>
            <numerusform>Os leitos livres foram calculados como total menos ocupados em %n relatório.</numerusform>
            <numerusform>Os leitos livres foram calculados como total menos ocupados em %n relatórios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total beds were derived as free plus occupied in %n report(s).</source>
        <translation>
            <numerusform>O total de leitos foi calculado como livres mais ocupados em %n relatório.</numerusform>
            <numerusform>O total de leitos foi calculado como livres mais ocupados em %n relatórios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had counts and an unreadable level; the counts were stored without it.</source>
        <translation>
            <numerusform>%n linha tinha contagens e um nível ilegível; as contagens foram armazenadas sem ele.</numerusform>
            <numerusform>%n linhas tinham contagens e um nível ilegível; as contagens foram armazenadas sem ele.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates were read month first (MM/dd/yyyy): no day part was above 12 and some month parts were.</source>
        <translation>As datas foram lidas com o mês primeiro (MM/dd/yyyy): nenhuma parte do dia passava de 12 e algumas partes do mês passavam.</translation>
    </message>
    <message>
        <source>The column “%1” (an ICU level) was not imported: the store keeps one level per report, the general one.</source>
        <translation>A coluna “%1” (um nível de UTI) não foi importada: o armazenamento guarda um só nível por relatório, o geral.</translation>
    </message>
    <message>
        <source>The file mixes keyValues and normalized entities; both were read.</source>
        <translation>Os dados misturam entidades keyValues e normalized; os dois tipos foram lidos.</translation>
    </message>
    <message>
        <source>CSV or JSON</source>
        <translation>CSV ou JSON</translation>
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
        <translation>Importar hospitais e relatórios de leitos de um arquivo CSV ou JSON</translation>
    </message>
    <message>
        <source>CSV (counts or levels, UTF-8 or Latin-1, comma or semicolon) or FIWARE-style JSON</source>
        <translation>CSV (contagens ou níveis, UTF-8 ou Latin-1, vírgula ou ponto e vírgula) ou JSON no estilo FIWARE</translation>
    </message>
    <message>
        <source>Import hospitals</source>
        <translation>Importar hospitais</translation>
    </message>
    <message>
        <source>Hospital reports (*.csv *.json)</source>
        <translation>Relatórios de hospitais (*.csv *.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumo da importação</translation>
    </message>
</context>
<context>
    <name>HospitalLegend</name>
    <message>
        <source>ICU availability:</source>
        <translation>Disponibilidade de UTI:</translation>
    </message>
    <message>
        <source>General-bed availability:</source>
        <translation>Disponibilidade de leitos gerais:</translation>
    </message>
    <message>
        <source>under %1 % in use</source>
        <translation>menos de %1 % ocupados</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <source>over %1 %</source>
        <translation>mais de %1 %</translation>
    </message>
    <message>
        <source>⏱ stale: no report within the expected cadence (24 h); left out of the totals</source>
        <translation>⏱ desatualizado: sem relatório no prazo previsto (24 h); fora dos totais</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Limiares…</translation>
    </message>
    <message>
        <source>Change the availability thresholds</source>
        <translation>Alterar os limiares de disponibilidade</translation>
    </message>
</context>
<context>
    <name>HospitalMap</name>
    <message>
        <source>Hospitals map. Click a point, or press N for the selected hospital&apos;s district centre or C for the map centre, to list the nearest hospitals with a free bed. Arrow keys pan, plus and minus zoom, 0 shows the whole city, Escape clears.</source>
        <translation>Mapa de hospitais. Clique em um ponto, ou use a tecla N para o centro do distrito do hospital selecionado ou C para o centro do mapa, para ver os hospitais mais próximos com um leito livre. As setas deslocam, mais e menos aproximam e afastam, 0 mostra a cidade inteira, Escape limpa.</translation>
    </message>
    <message>
        <source>Nearest from the district centre (N)</source>
        <translation>Mais próximos do centro do distrito (N)</translation>
    </message>
    <message>
        <source>List the nearest hospitals with a free bed from the centre of the selected hospital&apos;s district</source>
        <translation>Ver os hospitais mais próximos com um leito livre a partir do centro do distrito do hospital selecionado</translation>
    </message>
    <message>
        <source>Or click anywhere on the map; C uses the map centre</source>
        <translation>Ou clique em qualquer ponto do mapa; C usa o centro do mapa</translation>
    </message>
    <message>
        <source>Nearest from post code…</source>
        <translation>Mais próximos a partir do código postal…</translation>
    </message>
    <message>
        <source>List the nearest hospitals with a free bed from the centre of a post code</source>
        <translation>Listar os hospitais mais próximos com um leito livre a partir do centro de um código postal</translation>
    </message>
</context>
<context>
    <name>HospitalRowDelegate</name>
    <message>
        <source>level only</source>
        <translation>só nível</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sem dados</translation>
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
        <translation>leitos gerais livres do total %1</translation>
    </message>
    <message>
        <source>ICU beds free of total %1</source>
        <translation>leitos de UTI livres do total %1</translation>
    </message>
    <message>
        <source>in use %1</source>
        <translation>ocupação %1</translation>
    </message>
    <message>
        <source>availability %1</source>
        <translation>disponibilidade %1</translation>
    </message>
    <message>
        <source>last report %1, %2</source>
        <translation>último relatório %1, %2</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>desatualizado</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>selecionado</translation>
    </message>
    <message>
        <source>⏱ stale</source>
        <translation>⏱ desatualizado</translation>
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
        <translation>Pesquisar nome, instituição, distrito</translation>
    </message>
    <message>
        <source>Search hospitals by name, institution or district</source>
        <translation>Pesquisar hospitais por nome, instituição ou distrito</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos os níveis</translation>
    </message>
    <message>
        <source>● High only</source>
        <translation>● Só alta</translation>
    </message>
    <message>
        <source>▲ Medium only</source>
        <translation>▲ Só média</translation>
    </message>
    <message>
        <source>■ Low only</source>
        <translation>■ Só baixa</translation>
    </message>
    <message>
        <source>▲ Medium or ■ low</source>
        <translation>▲ Média ou ■ baixa</translation>
    </message>
    <message>
        <source>○ No data only</source>
        <translation>○ Só sem dados</translation>
    </message>
    <message>
        <source>Show availability level: %1</source>
        <translation>Mostrar nível de disponibilidade: %1</translation>
    </message>
    <message>
        <source>Hide stale</source>
        <translation>Ocultar desatualizados</translation>
    </message>
    <message>
        <source>Hide hospitals whose last report is stale</source>
        <translation>Ocultar os hospitais cujo último relatório está desatualizado</translation>
    </message>
    <message numerus="yes">
        <source>%n hospital(s) shown</source>
        <translation>
            <numerusform>%n hospital mostrado</numerusform>
            <numerusform>%n hospitais mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Hospitais</translation>
    </message>
    <message>
        <source>No hospital matches the search and filters.</source>
        <translation>Nenhum hospital corresponde à pesquisa e aos filtros.</translation>
    </message>
</context>
<context>
    <name>HospitalTableHeader</name>
    <message>
        <source>%1, sorted descending</source>
        <translation>%1, ordem decrescente</translation>
    </message>
    <message>
        <source>%1, sorted ascending</source>
        <translation>%1, ordem crescente</translation>
    </message>
    <message>
        <source>%1, press to sort</source>
        <translation>%1, ative para ordenar</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>· institution</source>
        <translation>· instituição</translation>
    </message>
    <message>
        <source>· district</source>
        <translation>· distrito</translation>
    </message>
    <message>
        <source>General free / total</source>
        <translation>Gerais livres / total</translation>
    </message>
    <message>
        <source>ICU free / total</source>
        <translation>UTI livres / total</translation>
    </message>
    <message>
        <source>%1 in use</source>
        <translation>%1 ocupados</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidade</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Último relatório</translation>
    </message>
</context>
<context>
    <name>HospitalTrends</name>
    <message>
        <source>ICU beds, last 90 days</source>
        <translation>Leitos de UTI, últimos 90 dias</translation>
    </message>
    <message>
        <source>General beds, last 90 days</source>
        <translation>Leitos gerais, últimos 90 dias</translation>
    </message>
    <message>
        <source>free beds</source>
        <translation>leitos livres</translation>
    </message>
    <message>
        <source>% in use</source>
        <translation>% ocupado</translation>
    </message>
    <message>
        <source>city free beds</source>
        <translation>leitos livres da cidade</translation>
    </message>
    <message>
        <source>%1: % in use</source>
        <translation>%1: % ocupado</translation>
    </message>
    <message>
        <source>select a hospital: % in use</source>
        <translation>selecione um hospital: % ocupado</translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation>limiares</translation>
    </message>
    <message>
        <source>time cursor</source>
        <translation>cursor de tempo</translation>
    </message>
</context>
<context>
    <name>HospitalsPage</name>
    <message>
        <source>ICU</source>
        <translation>UTI</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Gerais</translation>
    </message>
    <message>
        <source>Hospital beds now</source>
        <translation>Leitos hospitalares agora</translation>
    </message>
    <message>
        <source>Hospital beds at %1</source>
        <translation>Leitos hospitalares em %1</translation>
    </message>
    <message>
        <source>Free ICU beds</source>
        <translation>Leitos de UTI livres</translation>
    </message>
    <message>
        <source>Free general beds</source>
        <translation>Leitos gerais livres</translation>
    </message>
    <message numerus="yes">
        <source>of %1 in %n hospital(s)</source>
        <translation>
            <numerusform>de %1 em %n hospital</numerusform>
            <numerusform>de %1 em %n hospitais</numerusform>
        </translation>
    </message>
    <message>
        <source>ICU beds in use</source>
        <translation>Leitos de UTI ocupados</translation>
    </message>
    <message>
        <source>General beds in use</source>
        <translation>Leitos gerais ocupados</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Stale reports</source>
        <translation>Relatórios desatualizados</translation>
    </message>
    <message numerus="yes">
        <source>of %n hospital(s), not in the totals</source>
        <translation>
            <numerusform>de %n hospital, fora dos totais</numerusform>
            <numerusform>de %n hospitais, fora dos totais</numerusform>
        </translation>
    </message>
    <message>
        <source>Level only or no report</source>
        <translation>Só nível ou sem relatório</translation>
    </message>
    <message>
        <source>%1 level only, %2 without a report</source>
        <translation>%1 só com nível, %2 sem relatório</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Não é possível ler %1: %2.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>O armazenamento não está aberto.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O documento está vazio.</translation>
    </message>
    <message>
        <source>The file is not text (an image, an archive or a spreadsheet workbook?); export it as %1 first.</source>
        <translation>O documento não é texto (uma imagem, um pacote comprimido ou uma folha de cálculo/planilha?); exporte-o primeiro como %1.</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <source>%1 up %2 %</source>
        <translation>%1 sobe %2 %</translation>
    </message>
    <message>
        <source>%1 down %2 %</source>
        <translation>%1 desce %2 %</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 sem alteração</translation>
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
        <translation>Média</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <source>Availability %1</source>
        <translation>Disponibilidade %1</translation>
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
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Hospitais</translation>
    </message>
</context>
<context>
    <name>MapControls</name>
    <message>
        <source>Zoom in (+)</source>
        <translation>Aproximar (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Afastar (−)</translation>
    </message>
    <message>
        <source>Show the whole city (0)</source>
        <translation>Mostrar a cidade inteira (0)</translation>
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
        <translation>Hospitais mais próximos com um leito livre</translation>
    </message>
    <message>
        <source>Nearest with a free ICU bed</source>
        <translation>Mais próximos com um leito de UTI livre</translation>
    </message>
    <message>
        <source>Nearest with a free general bed</source>
        <translation>Mais próximos com um leito geral livre</translation>
    </message>
    <message>
        <source>Close the nearest hospitals</source>
        <translation>Fechar os hospitais mais próximos</translation>
    </message>
    <message>
        <source>%1 km · about %2 min · %3 free</source>
        <translation>%1 km · cerca de %2 min · %3 livres</translation>
    </message>
    <message>
        <source>%1. %2, %3</source>
        <translation>%1. %2, %3</translation>
    </message>
    <message>
        <source>No current report shows a free bed of this type.</source>
        <translation>Nenhum relatório atual mostra um leito livre deste tipo.</translation>
    </message>
    <message>
        <source>Line: straight, not the road route. Times: estimate (ⓘ).</source>
        <translation>Linha: reta, não o trajeto por estrada. Tempos: estimativa (ⓘ).</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>%1 now</source>
        <translation>%1 agora</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>População</translation>
    </message>
    <message>
        <source>residents</source>
        <translation>habitantes</translation>
    </message>
    <message>
        <source>Registered residents of all districts</source>
        <translation>Habitantes de todos os distritos</translation>
    </message>
    <message>
        <source>New cases, last 7 days</source>
        <translation>Casos novos, últimos 7 dias</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>casos</translation>
    </message>
    <message>
        <source>on the 7 days before</source>
        <translation>face aos 7 dias anteriores</translation>
    </message>
    <message>
        <source>7 days before: %1</source>
        <translation>7 dias anteriores: %1</translation>
    </message>
    <message>
        <source>Reported up to %1</source>
        <translation>Notificado até %1</translation>
    </message>
    <message>
        <source>ICU beds free</source>
        <translation>Camas de cuidados intensivos livres</translation>
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
        <translation>Não há hospitais no armazenamento</translation>
    </message>
    <message>
        <source>%1 of %2 hospitals reporting, %3 overdue</source>
        <translation>%1 de %2 hospitais com dados em dia, %3 em atraso</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Em %1</translation>
    </message>
    <message>
        <source>Crowded sites at red</source>
        <translation>Lotação: locais em vermelho</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>locais</translation>
    </message>
    <message>
        <source>Crowded</source>
        <translation>Lotação</translation>
    </message>
    <message>
        <source>All clear</source>
        <translation>Tudo normal</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <source>%1 of %2 sites reporting</source>
        <translation>%1 de %2 locais com leituras</translation>
    </message>
    <message>
        <source>Every figure shows the time it is valid at. &quot;No data&quot; means nothing was reported, not zero.</source>
        <translation>Cada número mostra o momento em que é válido. «Sem dados» significa que nada foi notificado, não zero.</translation>
    </message>
</context>
<context>
    <name>PreparingOverlay</name>
    <message>
        <source>Preparing the demo city… %1 %</source>
        <translation>Preparação da cidade de demonstração… %1 %</translation>
    </message>
    <message>
        <source>This happens once: the city is kept in the store for the next start.</source>
        <translation>Isto acontece uma só vez: a cidade fica guardada no armazenamento para as próximas vezes.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot use %1 as the store: it is a folder, not a database file.</source>
        <translation>Não é possível usar %1 como armazenamento: é uma pasta, não um arquivo de base de dados.</translation>
    </message>
    <message>
        <source>Cannot create the store %1: the folder %2 does not exist.</source>
        <translation>Não é possível criar o armazenamento %1: a pasta %2 não existe.</translation>
    </message>
    <message>
        <source>Cannot create the store %1: the folder %2 is not writable by this user.</source>
        <translation>Não é possível criar o armazenamento %1: a conta atual não pode escrever na pasta %2.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: this user may not read it.</source>
        <translation>Não é possível abrir o armazenamento %1: a conta atual não tem permissão para o ler.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: the file is read-only for this user.</source>
        <translation>Não é possível abrir o armazenamento %1: o arquivo é só de leitura para a conta atual.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2.</source>
        <translation>Não é possível abrir o armazenamento %1: %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not an SQLite database (wrong file, or a file that only has a .db name). It was left untouched.</source>
        <translation>Não é possível abrir %1: não é uma base de dados SQLite (arquivo errado, ou um arquivo que só tem o nome .db). Não foi alterado.</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>em memória</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not an SQLite database. It was left untouched.</source>
        <translation>Não é possível abrir %1: não é uma base de dados SQLite. Não foi alterado.</translation>
    </message>
    <message>
        <source>Cannot open %1: the database file is damaged (%2). It was left untouched; restore it from a backup or start with a new --db file.</source>
        <translation>Não é possível abrir %1: o arquivo da base de dados está danificado (%2). Não foi alterado; restaure-o a partir de uma cópia de segurança ou comece com um novo arquivo --db.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Não é possível ler %1: %2.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: it is read-only for this user.</source>
        <translation>Não é possível abrir o armazenamento %1: é só de leitura para a conta atual.</translation>
    </message>
    <message>
        <source>Cannot open %1: the database file is damaged (%2). It was left untouched.</source>
        <translation>Não é possível abrir %1: o arquivo da base de dados está danificado (%2). Não foi alterado.</translation>
    </message>
    <message>
        <source>Cannot use %1 as the store: it is an SQLite database of another application (it has tables but no Atalaya schema). It was left untouched.</source>
        <translation>Não é possível usar %1 como armazenamento: é uma base de dados SQLite de outra aplicação (tem tabelas mas não o esquema do Atalaya). Não foi alterado.</translation>
    </message>
    <message>
        <source>Cannot open %1: it was written by a newer Atalaya (store schema %2, this version knows up to %3). Open it with that newer version; it was left untouched.</source>
        <translation>Não é possível abrir %1: foi escrito por uma versão mais recente do Atalaya (esquema %2; esta versão conhece até ao %3). Abra-o com essa versão mais recente; não foi alterado.</translation>
    </message>
    <message>
        <source>Cannot update the store %1 to schema %2: %3. Nothing was changed.</source>
        <translation>Não é possível atualizar o armazenamento %1 para o esquema %2: %3. Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>RiskScheme</name>
    <message>
        <source>Insufficient data</source>
        <translation>Dados insuficientes</translation>
    </message>
    <message>
        <source>US CDC 2021 community transmission</source>
        <translation>Transmissão comunitária, CDC dos EUA 2021</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Substancial</translation>
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
        <translation>Laranja</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Vermelho</translation>
    </message>
    <message>
        <source>Dark red</source>
        <translation>Vermelho-escuro</translation>
    </message>
    <message>
        <source>Germany 2021: 7-day incidence 100</source>
        <translation>Alemanha 2021: limiar de 100 na incidência a 7 dias</translation>
    </message>
    <message>
        <source>At or below 100</source>
        <translation>Igual ou inferior a 100</translation>
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
        <translation>um array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
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
        <translation>esperado um objeto, encontrado %1</translation>
    </message>
    <message>
        <source>scheme &apos;%1&apos;</source>
        <translation>esquema &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>esperado um array, encontrado %1</translation>
    </message>
    <message>
        <source>a scheme needs at least 2 levels, got %1</source>
        <translation>um esquema precisa de pelo menos 2 níveis; tem %1</translation>
    </message>
    <message>
        <source>%1, level %2</source>
        <translation>%1, nível %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another level</source>
        <translation>&quot;%1&quot; já é usado por outro nível</translation>
    </message>
    <message>
        <source>%1, rule %2</source>
        <translation>%1, regra %2</translation>
    </message>
    <message>
        <source>%1, hysteresis</source>
        <translation>%1, histerese</translation>
    </message>
    <message>
        <source>the scheme has neither rules nor levels with &quot;when&quot;</source>
        <translation>o esquema não tem regras nem níveis com &quot;when&quot;</translation>
    </message>
    <message>
        <source>%1: %2, field &apos;%3&apos;: %4</source>
        <translation>%1: %2, campo &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>expected a non-empty string, got %1</source>
        <translation>esperado um texto não vazio, encontrado %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>esperado um número, encontrado %1</translation>
    </message>
    <message>
        <source>expected a whole number of days from 1 to 365, got %1</source>
        <translation>esperado um número inteiro de dias entre 1 e 365, encontrado %1</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;; known metrics: %2</source>
        <translation>métrica desconhecida &quot;%1&quot;; métricas conhecidas: %2</translation>
    </message>
    <message>
        <source>item %1: expected a number, got %2</source>
        <translation>elemento %1: esperado um número, encontrado %2</translation>
    </message>
    <message>
        <source>thresholds must increase strictly: item %1 (%2) is not above %3</source>
        <translation>os limiares devem ser estritamente crescentes: o elemento %1 (%2) não é superior a %3</translation>
    </message>
    <message>
        <source>expected %1 thresholds, one per step between the %2 levels, got %3</source>
        <translation>esperados %1 limiares, um por cada passagem entre os %2 níveis, encontrados %3</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>esperado true ou false, encontrado %1</translation>
    </message>
    <message>
        <source>expected an array of cells, got %1</source>
        <translation>esperado um array de células, encontrado %1</translation>
    </message>
    <message>
        <source>%1, %2 cell %3</source>
        <translation>%1, %2, célula %3</translation>
    </message>
    <message>
        <source>expected an object of metric bounds, got %1</source>
        <translation>esperado um objeto de limites por métrica, encontrado %1</translation>
    </message>
    <message>
        <source>%1, %2 cell %3, metric &apos;%4&apos;</source>
        <translation>%1, %2, célula %3, métrica &apos;%4&apos;</translation>
    </message>
    <message>
        <source>expected an object of bounds, got %1</source>
        <translation>esperado um objeto de limites, encontrado %1</translation>
    </message>
    <message>
        <source>unknown bound; use above, atLeast, below or atMost</source>
        <translation>limite desconhecido; use above, atLeast, below ou atMost</translation>
    </message>
    <message>
        <source>no bound given</source>
        <translation>nenhum limite indicado</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: não é possível ler: %2</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: not valid JSON: %4</source>
        <translation>%1: linha %2, coluna %3: JSON inválido: %4</translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;schemes&quot; array</source>
        <translation>%1: esperado um objeto com um array &quot;schemes&quot;</translation>
    </message>
    <message>
        <source>%1: scheme &apos;%2&apos;, field &apos;key&apos;: another scheme in the file has this key</source>
        <translation>%1: esquema &apos;%2&apos;, campo &apos;key&apos;: outro esquema do documento tem esta chave</translation>
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
        <translation>Dados: ainda não carregados</translation>
    </message>
    <message>
        <source>%1 Data: no data</source>
        <translation>%1 Dados: sem dados</translation>
    </message>
    <message>
        <source>%1 Data stale since %2</source>
        <translation>%1 Dados desatualizados desde %2</translation>
    </message>
    <message>
        <source>%1 Data as of %2</source>
        <translation>%1 Dados de %2</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Armazenamento: %1</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Tema claro</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Tema escuro</translation>
    </message>
    <message>
        <source>Switch to the light theme</source>
        <translation>Mudar para o tema claro</translation>
    </message>
    <message>
        <source>Switch to the dark theme</source>
        <translation>Mudar para o tema escuro</translation>
    </message>
    <message>
        <source>Switch theme (Ctrl+T)</source>
        <translation>Mudar de tema (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>ThresholdPopup</name>
    <message>
        <source>Availability thresholds (share of beds in use)</source>
        <translation>Limiares de disponibilidade (proporção de leitos ocupados)</translation>
    </message>
    <message>
        <source>Medium from (%)</source>
        <translation>Média a partir de (%)</translation>
    </message>
    <message>
        <source>Medium availability from this occupancy, in percent</source>
        <translation>Disponibilidade média a partir desta ocupação, em %</translation>
    </message>
    <message>
        <source>Low above (%)</source>
        <translation>Baixa acima de (%)</translation>
    </message>
    <message>
        <source>Low availability above this occupancy, in percent</source>
        <translation>Disponibilidade baixa acima desta ocupação, em %</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Apply the thresholds</source>
        <translation>Aplicar os limiares</translation>
    </message>
    <message>
        <source>Mexico City&apos;s rule (25 %, 80 %)</source>
        <translation>Regra da Cidade do México (25 %, 80 %)</translation>
    </message>
    <message>
        <source>Reset to Mexico City&apos;s rule: medium from 25 %, low above 80 %</source>
        <translation>Voltar à regra da Cidade do México: média a partir de 25 %, baixa acima de 80 %</translation>
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
        <translation>%1 Ao vivo</translation>
    </message>
    <message>
        <source>%1 Replay</source>
        <translation>%1 Histórico</translation>
    </message>
    <message>
        <source>Live: following the clock</source>
        <translation>Ao vivo: segue o relógio</translation>
    </message>
    <message>
        <source>Replaying a past moment; press to go live</source>
        <translation>Momento passado em exibição; ative para voltar ao vivo</translation>
    </message>
    <message>
        <source>Follow the clock (Ctrl+L)</source>
        <translation>Seguir o relógio (Ctrl+L)</translation>
    </message>
    <message>
        <source>−1 d</source>
        <translation>−1 d</translation>
    </message>
    <message>
        <source>One day back</source>
        <translation>Um dia para trás</translation>
    </message>
    <message>
        <source>−1 h</source>
        <translation>−1 h</translation>
    </message>
    <message>
        <source>One hour back</source>
        <translation>Uma hora para trás</translation>
    </message>
    <message>
        <source>Showing now: %1</source>
        <translation>Agora: %1</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Momento: %1</translation>
    </message>
    <message>
        <source>+1 h</source>
        <translation>+1 h</translation>
    </message>
    <message>
        <source>One hour forward</source>
        <translation>Uma hora para a frente</translation>
    </message>
    <message>
        <source>+1 d</source>
        <translation>+1 d</translation>
    </message>
    <message>
        <source>One day forward</source>
        <translation>Um dia para a frente</translation>
    </message>
</context>
<context>
    <name>atalaya::Dashboard</name>
    <message>
        <source>Starting</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>The demo city could not be generated.</source>
        <translation>Não foi possível gerar a cidade de demonstração.</translation>
    </message>
    <message>
        <source>The demo city could not be generated: %1</source>
        <translation>Não foi possível gerar a cidade de demonstração: %1</translation>
    </message>
</context>
<context>
    <name>atalaya::HospitalsModel</name>
    <message>
        <source>No report</source>
        <translation>Sem relatório</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>há %n h</numerusform>
            <numerusform>há %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>há %n d</numerusform>
            <numerusform>há %n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atalaya::HospitalsPanel</name>
    <message>
        <source>Not applied: the medium level must start above 0 %, below where the low level starts, and the low level below 100 % (%1 % and %2 % given).</source>
        <translation>Não aplicado: o nível médio deve começar acima de 0 % e abaixo de onde começa o nível baixo, e o nível baixo abaixo de 100 % (foram dados %1 % e %2 %).</translation>
    </message>
    <message>
        <source>Travel time is an estimate: the straight-line distance times 1.4 for the street grid, at 25 km/h average emergency speed, plus 2 minutes to leave and arrive. It ignores traffic, one-way streets, bridges and the river: use it to rank, not to route. The line on the map is a straight line, not the road route.</source>
        <translation>O tempo de viagem é uma estimativa: a distância em linha reta vezes 1,4 pela malha de ruas, a 25 km/h de velocidade média de emergência, mais 2 minutos para sair e chegar. Não considera o trânsito, as ruas de sentido único, as pontes nem o rio: serve para ordenar, não para traçar rotas. A linha no mapa é uma linha reta, não o trajeto por estrada.</translation>
    </message>
    <message>
        <source>From the point %1, %2</source>
        <translation>A partir do ponto %1, %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>A partir de %1</translation>
    </message>
    <message>
        <source>From the centre of %1</source>
        <translation>A partir do centro de %1</translation>
    </message>
    <message>
        <source>The store is not open yet; nothing was imported.</source>
        <translation>O armazenamento ainda não está aberto; nada foi importado.</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>Não foi possível importar o arquivo.</translation>
    </message>
    <message>
        <source>The file could not be imported: %1</source>
        <translation>Não foi possível importar o arquivo: %1</translation>
    </message>
    <message>
        <source>From the centre of post code %1</source>
        <translation>A partir do centro do código postal %1</translation>
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
        <translation>Atalaya: os serviços essenciais, a epidemia, os hospitais e as aglomerações da cidade numa só vista.</translation>
    </message>
    <message>
        <source>Use the store FILE (SQLite). Default: atalaya.db in the user&apos;s data folder.</source>
        <translation>Usar o armazenamento ARQUIVO (SQLite). Sem esta opção: atalaya.db na pasta de dados da conta atual.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Seed of the demo city generated into a new store (default 1).</source>
        <translation>Semente da cidade de demonstração gerada num armazenamento novo (1 se omitida).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>End the demo city&apos;s history at DATETIME (ISO 8601, UTC unless a zone is given) instead of now.</source>
        <translation>Terminar a história da cidade de demonstração em DATAHORA (ISO 8601, UTC salvo se for indicada uma zona) em vez de agora.</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>DATAHORA</translation>
    </message>
    <message>
        <source>Start with the time cursor at DATETIME (ISO 8601) instead of live.</source>
        <translation>Começar com o cursor de tempo em DATAHORA (ISO 8601) em vez de ao vivo.</translation>
    </message>
    <message>
        <source>Render the window offscreen, save it as a PNG to FILE and exit.</source>
        <translation>Desenhar a janela sem a mostrar, guardá-la como PNG em ARQUIVO e sair.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Window size, e.g. 1600x900.</source>
        <translation>Tamanho da janela, p. ex. 1600x900.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxA</translation>
    </message>
    <message>
        <source>Colour theme: dark (control room) or light (briefing).</source>
        <translation>Tema de cores: dark (escuro, sala de comando) ou light (claro, reuniões de informação).</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>TEMA</translation>
    </message>
    <message>
        <source>Interface language, e.g. es or pt (default: the system&apos;s).</source>
        <translation>Idioma da interface, p. ex. es ou pt (se omitido: o do sistema).</translation>
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
        <translation>--demo-seed: «%1» não é um número inteiro ≥ 0.</translation>
    </message>
    <message>
        <source>--demo-anchor: &apos;%1&apos; is not an ISO 8601 date-time (e.g. 2026-03-15T12:00:00Z).</source>
        <translation>--demo-anchor: «%1» não é uma data e hora ISO 8601 (p. ex. 2026-03-15T12:00:00Z).</translation>
    </message>
    <message>
        <source>--at: &apos;%1&apos; is not an ISO 8601 date-time (e.g. 2026-03-15T09:00:00Z).</source>
        <translation>--at: «%1» não é uma data e hora ISO 8601 (p. ex. 2026-03-15T09:00:00Z).</translation>
    </message>
    <message>
        <source>--theme: &apos;%1&apos; is not a theme; use dark or light.</source>
        <translation>--theme: «%1» não é um tema; use dark ou light.</translation>
    </message>
    <message>
        <source>--size: &apos;%1&apos; is not WIDTHxHEIGHT between 320x240 and 16384x16384.</source>
        <translation>--size: «%1» não é LARGURAxALTURA entre 320x240 e 16384x16384.</translation>
    </message>
    <message>
        <source>--screenshot: the folder of &apos;%1&apos; does not exist.</source>
        <translation>--screenshot: a pasta de «%1» não existe.</translation>
    </message>
    <message>
        <source>the main QML object is not a window.</source>
        <translation>o objeto QML principal não é uma janela.</translation>
    </message>
    <message>
        <source>could not write the screenshot to &apos;%1&apos;.</source>
        <translation>não foi possível escrever a captura em «%1».</translation>
    </message>
    <message>
        <source>could not write the texts to &apos;%1&apos;.</source>
        <translation>não foi possível escrever os textos em «%1».</translation>
    </message>
    <message>
        <source>the dashboard did not become ready within 10 minutes; no screenshot taken.</source>
        <translation>o painel não ficou pronto em 10 minutos; nenhuma captura foi feita.</translation>
    </message>
    <message>
        <source>%1 already holds a city (demo seed %2, history up to %3); --demo-seed and --demo-anchor apply only to a new store.</source>
        <translation>%1 já contém uma cidade (semente de demonstração %2, histórico até %3); --demo-seed e --demo-anchor só se aplicam a um armazenamento novo.</translation>
    </message>
    <message>
        <source>Import hospitals and their bed reports from FILE (CSV, or FIWARE NGSI-v2 JSON) into the store, print what was imported and exit.</source>
        <translation>Importar hospitais e relatórios de leitos de ARQUIVO (CSV, ou JSON FIWARE NGSI-v2) para o armazenamento, mostrar o que foi importado e sair.</translation>
    </message>
    <message>
        <source>Open on page NAME: overview, map or hospitals.</source>
        <translation>Abrir na página NOME: overview (resumo), map (mapa) ou hospitals (hospitais).</translation>
    </message>
    <message>
        <source>--page: &apos;%1&apos; is not a page; use overview, map or hospitals.</source>
        <translation>--page: «%1» não é uma página; use overview, map ou hospitals.</translation>
    </message>
</context>
</TS>
