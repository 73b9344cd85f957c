<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
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
    <message>
        <source>Map of %1. Arrow keys pan, plus and minus zoom, 0 shows the whole city.</source>
        <translation>Mapa de %1. As setas deslocam, mais e menos alteram o zoom, 0 mostra a cidade inteira.</translation>
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
        <source>Open on page NAME: overview or map.</source>
        <translation>Abrir na página NOME: overview (resumo) ou map (mapa).</translation>
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
        <source>--page: &apos;%1&apos; is not a page; use overview or map.</source>
        <translation>--page: «%1» não é uma página; use overview ou map.</translation>
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
</context>
</TS>
