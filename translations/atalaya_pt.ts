<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AlertDetail</name>
    <message>
        <source>Select an alert to see its history and acknowledge it.</source>
        <translation>Selecione um alerta para ver o seu histórico e confirmá-lo.</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Mostrar no mapa</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>Mostrar %1 no mapa</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regra: %1</translation>
    </message>
    <message>
        <source>raised %1</source>
        <translation>ativado: %1</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>resolvido: %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberto</translation>
    </message>
    <message>
        <source>✓ Acknowledged by %1 at %2: “%3”</source>
        <translation>✓ Confirmado por %1 (%2): “%3”</translation>
    </message>
    <message>
        <source>✓ Acknowledged by %1 at %2</source>
        <translation>✓ Confirmado por %1 (%2)</translation>
    </message>
    <message>
        <source>○ Not acknowledged</source>
        <translation>○ Não confirmado</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>This is the alert as it stood at the time cursor. Go live (Ctrl+L) to acknowledge or comment.</source>
        <translation>Este é o estado do alerta no momento do cursor de tempo. Volte ao vivo (Ctrl+L) para o confirmar ou comentar.</translation>
    </message>
    <message>
        <source>Comment (what was done, who was called)</source>
        <translation>Comentário (o que foi feito, quem foi contactado)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Acknowledge again</source>
        <translation>Confirmar novamente</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Acknowledge the alert with the comment</source>
        <translation>Confirmar o alerta com o comentário</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Adicionar comentário</translation>
    </message>
    <message>
        <source>Add the comment to the alert&apos;s history</source>
        <translation>Adicionar o comentário ao histórico do alerta</translation>
    </message>
    <message>
        <source>Your database role (%1) may only view alerts: acknowledging and commenting them needs the editor role.</source>
        <translation>A sua função de base de dados (%1) só pode ver os alertas: confirmá-los e comentá-los requer a função de editor.</translation>
    </message>
</context>
<context>
    <name>AlertList</name>
    <message>
        <source>Open alerts, most severe first</source>
        <translation>Alertas abertos, os mais graves primeiro</translation>
    </message>
    <message>
        <source>Resolved alerts, newest first</source>
        <translation>Alertas resolvidos, os mais recentes primeiro</translation>
    </message>
</context>
<context>
    <name>AlertMap</name>
    <message>
        <source>Map of the open alerts, each at its place with its severity&apos;s shape. Arrow keys pan, plus and minus zoom, 0 shows the whole city.</source>
        <translation>Mapa dos alertas abertos, cada um no seu local com a forma da sua gravidade. As setas deslocam, mais e menos alteram o zoom, 0 mostra a cidade inteira.</translation>
    </message>
</context>
<context>
    <name>AlertRow</name>
    <message>
        <source>%1: %2. %3. Raised %4.</source>
        <translation>%1: %2. %3. Ativado: %4.</translation>
    </message>
    <message>
        <source>Acknowledged by %1.</source>
        <translation>Confirmado por %1.</translation>
    </message>
    <message>
        <source>Not acknowledged.</source>
        <translation>Não confirmado.</translation>
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
        <translation>✓ Resolvido</translation>
    </message>
    <message>
        <source>✓ Acknowledged by %1</source>
        <translation>✓ Confirmado por %1</translation>
    </message>
    <message>
        <source>○ Not acknowledged</source>
        <translation>○ Não confirmado</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Mostrar no mapa</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>Mostrar %1 no mapa</translation>
    </message>
</context>
<context>
    <name>AlertRuleDialog</name>
    <message>
        <source>Above / rises</source>
        <translation>Acima / sobe</translation>
    </message>
    <message>
        <source>Below / falls</source>
        <translation>Abaixo / desce</translation>
    </message>
    <message>
        <source>Edit rule “%1”</source>
        <translation>Editar a regra “%1”</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Adicionar uma regra</translation>
    </message>
    <message numerus="yes">
        <source>Saving rewrites the rules file with the rules that run; the %n rule(s) with problems are left out.</source>
        <translation>
            <numerusform>Ao gravar, o arquivo de regras é reescrito com as regras que são executadas; fica de fora a %n regra com problemas.</numerusform>
            <numerusform>Ao gravar, o arquivo de regras é reescrito com as regras que são executadas; ficam de fora as %n regras com problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Id (unique in the file)</source>
        <translation>Id (único no arquivo)</translation>
    </message>
    <message>
        <source>beach-full</source>
        <translation>praia-cheia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Beach over capacity</source>
        <translation>Praia com a lotação excedida</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Subjects (codes or names, * for any)</source>
        <translation>Elementos vigiados (códigos ou nomes, * para todos)</translation>
    </message>
    <message>
        <source>demo/beach-*</source>
        <translation>demo/beach-*</translation>
    </message>
    <message>
        <source>Sensor type (sensor readings only)</source>
        <translation>Tipo de sensor (só leituras de sensores)</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>qualquer tipo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Clears at (empty: the limit)</source>
        <translation>Resolução em (vazio: o limite)</translation>
    </message>
    <message>
        <source>For at least (minutes)</source>
        <translation>Durante pelo menos (minutos)</translation>
    </message>
    <message>
        <source>Change by at least</source>
        <translation>Variação de pelo menos</translation>
    </message>
    <message>
        <source>Within (minutes)</source>
        <translation>No prazo de (minutos)</translation>
    </message>
    <message>
        <source>Change in percent</source>
        <translation>Variação percentual</translation>
    </message>
    <message>
        <source>No new data for (minutes)</source>
        <translation>Sem dados novos durante (minutos)</translation>
    </message>
    <message>
        <source>Score at least (robust z)</source>
        <translation>Pontuação mínima (z robusto)</translation>
    </message>
    <message>
        <source>Compared with the last (weeks)</source>
        <translation>Comparado com as últimas (semanas)</translation>
    </message>
    <message>
        <source>At least (past values)</source>
        <translation>Pelo menos (valores anteriores)</translation>
    </message>
    <message>
        <source>Inside region (code)</source>
        <translation>Dentro da região (código)</translation>
    </message>
    <message>
        <source>or an area below</source>
        <translation>ou uma área mais abaixo</translation>
    </message>
    <message>
        <source>Or inside the area (longitude latitude, comma between points)</source>
        <translation>Ou dentro da área (longitude latitude, vírgula entre pontos)</translation>
    </message>
    <message>
        <source>2.17 41.37, 2.20 41.37, 2.20 41.39</source>
        <translation>2.17 41.37, 2.20 41.37, 2.20 41.39</translation>
    </message>
    <message>
        <source>Rule on (raises alerts)</source>
        <translation>Regra ativa (gera alertas)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <source>Save the rule to the rules file</source>
        <translation>Gravar a regra no arquivo de regras</translation>
    </message>
</context>
<context>
    <name>AlertRulesView</name>
    <message>
        <source>Rules file: %1</source>
        <translation>Arquivo de regras: %1</translation>
    </message>
    <message>
        <source>No rules file: no alerts are raised. Add a rule to create one.</source>
        <translation>Sem arquivo de regras: não é gerado nenhum alerta. Adicione uma regra para criá-lo.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Escolher arquivo…</translation>
    </message>
    <message>
        <source>Choose another alert rules file</source>
        <translation>Escolher outro arquivo de regras de alerta</translation>
    </message>
    <message>
        <source>Reload file</source>
        <translation>Recarregar arquivo</translation>
    </message>
    <message>
        <source>Read the rules file again</source>
        <translation>Ler de novo o arquivo de regras</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Adicionar regra…</translation>
    </message>
    <message>
        <source>Add an alert rule</source>
        <translation>Adicionar uma regra de alerta</translation>
    </message>
    <message>
        <source>%1 The rules file was not used: %2</source>
        <translation>%1 O arquivo de regras não foi usado: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n rule(s) of the file could not run; the other rules run.</source>
        <translation>
            <numerusform>%1 Não foi possível executar %n regra do arquivo; as demais regras são executadas.</numerusform>
            <numerusform>%1 Não foi possível executar %n regras do arquivo; as demais regras são executadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Regras de alerta</translation>
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
        <translation>%1 · %2 · desativada</translation>
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
        <translation>Editar a regra %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the rule %1</source>
        <translation>Remover a regra %1</translation>
    </message>
    <message>
        <source>Choose an alert rules file</source>
        <translation>Escolher um arquivo de regras de alerta</translation>
    </message>
    <message>
        <source>Alert rules (*.json)</source>
        <translation>Regras de alerta (*.json)</translation>
    </message>
    <message>
        <source>Remove the rule “%1” from the rules file? Its alerts stay in the history.</source>
        <translation>Remover a regra “%1” do arquivo de regras? Os seus alertas permanecem no histórico.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantê-la</translation>
    </message>
    <message>
        <source>Shared store: atalaya-ingest evaluates the rules (its --rules file) for every workstation; this desktop only edits the file %1.</source>
        <translation>Armazenamento compartilhado: o atalaya-ingest avalia as regras (o seu arquivo --rules) para todas as estações de trabalho; nesta estação apenas se edita o arquivo %1.</translation>
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
        <translation>Não é possível confirmar o alerta %1: indique quem o confirma.</translation>
    </message>
    <message>
        <source>Cannot acknowledge alert %1: the store cannot be read (%2).</source>
        <translation>Não é possível confirmar o alerta %1: não é possível ler o armazenamento (%2).</translation>
    </message>
    <message>
        <source>Cannot acknowledge alert %1: there is no such alert.</source>
        <translation>Não é possível confirmar o alerta %1: esse alerta não existe.</translation>
    </message>
    <message>
        <source>Cannot acknowledge alert %1 at %2: it was raised later, at %3.</source>
        <translation>Não é possível confirmar o alerta %1 em %2: foi gerado mais tarde, em %3.</translation>
    </message>
    <message>
        <source>Cannot acknowledge alert %1: it was resolved at %2; add a comment instead.</source>
        <translation>Não é possível confirmar o alerta %1: foi resolvido em %2; adicione um comentário em vez disso.</translation>
    </message>
    <message>
        <source>Cannot acknowledge alert %1: the store refused the change (%2).</source>
        <translation>Não é possível confirmar o alerta %1: o armazenamento recusou a alteração (%2).</translation>
    </message>
    <message>
        <source>Cannot comment on alert %1: the comment is empty.</source>
        <translation>Não é possível comentar o alerta %1: o comentário está vazio.</translation>
    </message>
    <message>
        <source>Cannot comment on alert %1: say who writes the comment.</source>
        <translation>Não é possível comentar o alerta %1: indique quem escreve o comentário.</translation>
    </message>
    <message>
        <source>Cannot comment on alert %1: there is no such alert.</source>
        <translation>Não é possível comentar o alerta %1: esse alerta não existe.</translation>
    </message>
    <message>
        <source>Cannot comment on alert %1 at %2: it was raised later.</source>
        <translation>Não é possível comentar o alerta %1 em %2: foi gerado mais tarde.</translation>
    </message>
    <message>
        <source>Cannot comment on alert %1: the store refused the comment (%2).</source>
        <translation>Não é possível comentar o alerta %1: o armazenamento recusou o comentário (%2).</translation>
    </message>
</context>
<context>
    <name>AlertToast</name>
    <message>
        <source>New %1 alert: %2. %3</source>
        <translation>Novo alerta (%1): %2. %3</translation>
    </message>
    <message>
        <source>Enter opens the alert, Escape closes this notification.</source>
        <translation>Enter abre o alerta, Escape fecha esta notificação.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the notification</source>
        <translation>Fechar a notificação</translation>
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
        <translation>Sem alertas abertos</translation>
    </message>
    <message>
        <source>%1 Critical: %2</source>
        <translation>%1 Críticos: %2</translation>
    </message>
    <message>
        <source>%1 Warning: %2</source>
        <translation>%1 Avisos: %2</translation>
    </message>
    <message>
        <source>%1 Information: %2</source>
        <translation>%1 Informativos: %2</translation>
    </message>
    <message>
        <source>Not acknowledged: %1</source>
        <translation>Não confirmados: %1</translation>
    </message>
    <message>
        <source>As they stood at %1</source>
        <translation>Estado em %1</translation>
    </message>
    <message>
        <source>Alert lists</source>
        <translation>Listas de alertas</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>Abertos (%1)</translation>
    </message>
    <message>
        <source>Resolved (%1)</source>
        <translation>Resolvidos (%1)</translation>
    </message>
    <message>
        <source>Rules (%1) %2</source>
        <translation>Regras (%1) %2</translation>
    </message>
    <message>
        <source>Rules (%1)</source>
        <translation>Regras (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Rules, %n problem(s)</source>
        <translation>
            <numerusform>Regras, %n problema</numerusform>
            <numerusform>Regras, %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regras</translation>
    </message>
    <message>
        <source>No open alerts. New ones appear here and on the navigation rail.</source>
        <translation>Não há alertas abertos. Os novos aparecem aqui e na barra de navegação.</translation>
    </message>
    <message>
        <source>No alerts were open at this moment.</source>
        <translation>Não havia alertas abertos neste momento.</translation>
    </message>
    <message>
        <source>No alert was resolved in the week before this moment.</source>
        <translation>Nenhum alerta foi resolvido na semana anterior a este momento.</translation>
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
    <name>DaySlider</name>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pausa</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Reproduzir</translation>
    </message>
    <message>
        <source>Pause the replay</source>
        <translation>Pausar a reprodução</translation>
    </message>
    <message>
        <source>Replay the epidemic day by day</source>
        <translation>Reproduzir a epidemia dia a dia</translation>
    </message>
    <message>
        <source>Replay day by day (Ctrl+Shift+P)</source>
        <translation>Reproduzir dia a dia (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Day shown: %1</source>
        <translation>Dia mostrado: %1</translation>
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
        <translation>Escrita dos relatórios de leitos dos hospitais</translation>
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
    <message>
        <source>Replaying alerts</source>
        <translation>Reprodução dos alertas</translation>
    </message>
    <message>
        <source>Writing the demo city&apos;s alert history failed.</source>
        <translation>Não foi possível escrever o histórico de alertas da cidade de demonstração.</translation>
    </message>
    <message>
        <source>Writing the demo city failed: its tables could not be analysed for the alert replay (%1).</source>
        <translation>Não foi possível escrever a cidade de demonstração: não foi possível analisar as suas tabelas para a reprodução dos alertas (%1).</translation>
    </message>
    <message>
        <source>Writing the demo city failed: the id sequences cannot be moved past its rows (%1).</source>
        <translation>Não foi possível escrever a cidade de demonstração: não é possível avançar as sequências de id para além das suas linhas (%1).</translation>
    </message>
</context>
<context>
    <name>DetachedPagePlaceholder</name>
    <message>
        <source>%1 is shown in its own window.</source>
        <translation>%1 aparece numa janela própria.</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Trazer de volta</translation>
    </message>
    <message>
        <source>Bring %1 back into this window</source>
        <translation>Trazer %1 de volta para esta janela</translation>
    </message>
    <message>
        <source>Show its window</source>
        <translation>Mostrar a sua janela</translation>
    </message>
    <message>
        <source>Raise the window of %1</source>
        <translation>Trazer para a frente a janela de %1</translation>
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
    <name>EpidemicCasesChart</name>
    <message>
        <source>Daily new cases</source>
        <translation>Casos novos por dia</translation>
    </message>
    <message>
        <source>cases a day</source>
        <translation>casos por dia</translation>
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
        <translation>Sem dados</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>em %1</translation>
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
        <translation>Óbitos por dia</translation>
    </message>
    <message>
        <source>deaths a day</source>
        <translation>óbitos por dia</translation>
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
    <name>EpidemicIncidenceChart</name>
    <message>
        <source>7-day incidence per 100,000 compared</source>
        <translation>Incidência a 7 dias por 100 000, comparada</translation>
    </message>
    <message>
        <source>per 100,000</source>
        <translation>por 100 000</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>Cidade inteira</translation>
    </message>
</context>
<context>
    <name>EpidemicLegend</name>
    <message>
        <source>Legend: %1 on %2</source>
        <translation>Legenda: %1 em %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>Insufficient data</source>
        <translation>Dados insuficientes</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
</context>
<context>
    <name>EpidemicMap</name>
    <message>
        <source>Epidemic map by %1. Click a region, or press Enter for the region at the map centre, to see its figures; Escape shows the whole city. Arrow keys pan, plus and minus zoom, 0 shows the whole city.</source>
        <translation>Mapa da epidemia por %1. Clique em uma região, ou use a tecla Enter para a região no centro do mapa, para ver os seus números; Escape mostra a cidade inteira. As setas deslocam, mais e menos aproximam e afastam, 0 mostra a cidade inteira.</translation>
    </message>
</context>
<context>
    <name>EpidemicPage</name>
    <message>
        <source>Epidemic in %1 on %2</source>
        <translation>Epidemia em %1 no dia %2</translation>
    </message>
    <message>
        <source>◂ Whole city</source>
        <translation>◂ Cidade inteira</translation>
    </message>
    <message>
        <source>Show the whole city (Escape)</source>
        <translation>Mostrar a cidade inteira (Escape)</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Distritos</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translation>Bairros</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiões</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nível de risco</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Colour the map by</source>
        <translation>Colorir o mapa por</translation>
    </message>
    <message>
        <source>Indicator of the table and the map</source>
        <translation>Indicador da tabela e do mapa</translation>
    </message>
    <message>
        <source>Risk scheme</source>
        <translation>Esquema de risco</translation>
    </message>
    <message>
        <source>Colour-blind palette</source>
        <translation>Modo daltonismo</translation>
    </message>
    <message>
        <source>Scheme file…</source>
        <translation>Esquemas…</translation>
    </message>
    <message>
        <source>Load risk schemes from a JSON file</source>
        <translation>Carregar esquemas de risco de um arquivo JSON</translation>
    </message>
    <message>
        <source>Your own risk levels: see docs/risk-schemes.md for the format</source>
        <translation>Os seus próprios níveis de risco: o formato está descrito em docs/risk-schemes.md</translation>
    </message>
    <message>
        <source>Load risk schemes</source>
        <translation>Carregar esquemas de risco</translation>
    </message>
    <message>
        <source>Risk schemes (*.json)</source>
        <translation>Esquemas de risco (*.json)</translation>
    </message>
    <message>
        <source>Risk schemes</source>
        <translation>Esquemas de risco</translation>
    </message>
    <message>
        <source>Import figures…</source>
        <translation>Importar dados…</translation>
    </message>
    <message>
        <source>Import epidemic figures per region from a CSV file</source>
        <translation>Importar dados da epidemia por região de um arquivo CSV</translation>
    </message>
    <message>
        <source>Daily counts, cumulative totals or indicators over a window, per district or neighbourhood</source>
        <translation>Contagens diárias, totais acumulados ou indicadores por janela temporal, por distrito ou bairro</translation>
    </message>
    <message>
        <source>Import epidemic figures</source>
        <translation>Importar dados da epidemia</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Arquivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Import regions…</source>
        <translation>Importar regiões…</translation>
    </message>
    <message>
        <source>Import region outlines and context from a GeoJSON file</source>
        <translation>Importar os contornos e dados de contexto das regiões de um arquivo GeoJSON</translation>
    </message>
    <message>
        <source>GeoJSON polygons with a code and a name; features without a level are read as the level shown</source>
        <translation>Polígonos GeoJSON com código e nome; os elementos sem nível são lidos como o nível mostrado</translation>
    </message>
    <message>
        <source>Import regions</source>
        <translation>Importar regiões</translation>
    </message>
    <message>
        <source>GeoJSON files (*.geojson *.json)</source>
        <translation>Arquivos GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>Published by the sources: %1</source>
        <translation>Publicado pelas fontes: %1</translation>
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
        <translation>Sem dados</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Distritos</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translation>Bairros</translation>
    </message>
    <message>
        <source>%1 ranked by %2 on %3</source>
        <translation>%1 ordenados por %2 em %3</translation>
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
        <translation>Bairro</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <source>vs 7 days earlier</source>
        <translation>vs. 7 dias antes</translation>
    </message>
    <message>
        <source>Residents per km²</source>
        <translation>Habitantes por km²</translation>
    </message>
    <message>
        <source>Over 65</source>
        <translation>Mais de 65</translation>
    </message>
    <message>
        <source>Deprivation</source>
        <translation>Privação</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Rank %1, %2</source>
        <translation>Posição %1, %2</translation>
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
    <name>EpidemicVaccinationChart</name>
    <message>
        <source>Vaccination coverage</source>
        <translation>Cobertura vacinal</translation>
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
        <translation>Arquivo ou pasta</translation>
    </message>
    <message>
        <source>Edit feed “%1”</source>
        <translation>Editar a fonte “%1”</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Adicionar uma fonte</translation>
    </message>
    <message numerus="yes">
        <source>Saving rewrites %1 with the feeds that loaded; the %n feed(s) it skipped because of problems are left out.</source>
        <translation>
            <numerusform>Ao gravar, %1 é reescrito com as fontes que foram carregadas; fica de fora a %n fonte ignorada por problemas.</numerusform>
            <numerusform>Ao gravar, %1 é reescrito com as fontes que foram carregadas; ficam de fora as %n fontes ignoradas por problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind of feed</source>
        <translation>Tipo de fonte</translation>
    </message>
    <message>
        <source>Id (letters, digits, - _ .)</source>
        <translation>Id (letras, dígitos, - _ .)</translation>
    </message>
    <message>
        <source>e.g. beach-counters</source>
        <translation>p. ex. contadores-praia</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nome apresentado</translation>
    </message>
    <message>
        <source>the id when empty</source>
        <translation>o id se ficar vazio</translation>
    </message>
    <message>
        <source>URL of the resource</source>
        <translation>URL do recurso</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL do servidor</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Sensors (comma-separated; empty: all)</source>
        <translation>Sensores (separados por vírgulas; vazio: todos)</translation>
    </message>
    <message>
        <source>Identity key (IDENTITY_KEY)</source>
        <translation>Chave de identidade (IDENTITY_KEY)</translation>
    </message>
    <message>
        <source>…or the environment variable holding it</source>
        <translation>…ou a variável de ambiente que a contém</translation>
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
        <translation>Tipos de entidade (separados por vírgulas; vazio: todos)</translation>
    </message>
    <message>
        <source>Format (json, csv, geojson or auto)</source>
        <translation>Formato (json, csv, geojson ou auto)</translation>
    </message>
    <message>
        <source>Format (json, csv or geojson)</source>
        <translation>Formato (json, csv ou geojson)</translation>
    </message>
    <message>
        <source>Sensor field</source>
        <translation>Campo do sensor</translation>
    </message>
    <message>
        <source>Value field</source>
        <translation>Campo do valor</translation>
    </message>
    <message>
        <source>Time field (empty: time received)</source>
        <translation>Campo de hora (vazio: hora de chegada)</translation>
    </message>
    <message>
        <source>Time format (iso, epoch_s, epoch_ms, sentilo or e.g. dd/MM/yyyy HH:mm)</source>
        <translation>Formato de hora (iso, epoch_s, epoch_ms, sentilo ou p. ex. dd/MM/yyyy HH:mm)</translation>
    </message>
    <message>
        <source>Poll every (seconds)</source>
        <translation>Consultar a cada (segundos)</translation>
    </message>
    <message>
        <source>Timeout (seconds)</source>
        <translation>Tempo limite (segundos)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save to the feeds file</source>
        <translation>Gravar no arquivo de fontes</translation>
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
        <translation>Último erro: %1</translation>
    </message>
    <message>
        <source>Earlier error: %1</source>
        <translation>Erro anterior: %1</translation>
    </message>
    <message>
        <source>Last reading: %1</source>
        <translation>Última leitura: %1</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>Ainda sem leituras</translation>
    </message>
    <message>
        <source>stored %1</source>
        <translation>armazenadas %1</translation>
    </message>
    <message>
        <source>duplicates %1</source>
        <translation>duplicadas %1</translation>
    </message>
    <message>
        <source>malformed %1</source>
        <translation>malformadas %1</translation>
    </message>
    <message>
        <source>problems %1</source>
        <translation>problemas %1</translation>
    </message>
    <message>
        <source>retries %1</source>
        <translation>novas tentativas %1</translation>
    </message>
    <message>
        <source>next attempt %1</source>
        <translation>próxima tentativa %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>Retomar %1</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>Pausar %1</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Consultar agora</translation>
    </message>
    <message>
        <source>Poll %1 now</source>
        <translation>Consultar %1 agora</translation>
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
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove %1 from the feeds file</source>
        <translation>Remover %1 do arquivo de fontes</translation>
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
        <translation>Serve os locais com medição de lotação de um armazenamento do Atalaya como fontes Sentilo e FIWARE NGSI-v2 em 127.0.0.1, com falhas que podem ser injetadas, até ser parado.</translation>
    </message>
    <message>
        <source>The store whose sites are served (default: the dashboard&apos;s own store).</source>
        <translation>O armazenamento cujos locais são servidos (se omitido: o armazenamento do próprio painel).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1; 0 picks a free one (default 8090).</source>
        <translation>Porta em 127.0.0.1; 0 escolhe uma livre (8090 se omitida).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds between two readings of a sensor (default 60).</source>
        <translation>Segundos entre duas leituras de um sensor (60 se omitido).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The IDENTITY_KEY Sentilo requests must carry (default: any non-empty key).</source>
        <translation>A IDENTITY_KEY que os pedidos Sentilo devem levar (se omitida: qualquer chave não vazia).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Sentilo provider name (default demo, as the demo city&apos;s sensors).</source>
        <translation>Nome do provedor Sentilo (demo se omitido, como os sensores da cidade de demonstração).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>The Fiware-Service NGSI requests must name to see the entities (default: any).</source>
        <translation>O Fiware-Service que os pedidos NGSI devem indicar para ver as entidades (se omitido: qualquer um).</translation>
    </message>
    <message>
        <source>Start with a fault: none, drop, garbage, delay, silent or error (default none).</source>
        <translation>Começar com uma falha: none, drop, garbage, delay, silent ou error (none se omitida).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>With --fault delay: milliseconds before each answer (default 5000).</source>
        <translation>Com --fault delay: milissegundos antes de cada resposta (5000 se omitido).</translation>
    </message>
    <message>
        <source>Do not print a line for each request.</source>
        <translation>Não mostrar uma linha por cada pedido.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see --help.</source>
        <translation>argumento inesperado «%1»; consulte --help.</translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port number from 0 to 65535.</source>
        <translation>--port: «%1» não é um número de porta entre 0 e 65535.</translation>
    </message>
    <message>
        <source>--cadence: &apos;%1&apos; is not a number of seconds from 1 to 86400.</source>
        <translation>--cadence: «%1» não é um número de segundos entre 1 e 86400.</translation>
    </message>
    <message>
        <source>--fault: &apos;%1&apos; is not a fault; use none, drop, garbage, delay, silent or error.</source>
        <translation>--fault: «%1» não é uma falha; use none, drop, garbage, delay, silent ou error.</translation>
    </message>
    <message>
        <source>--delay-ms applies only with --fault delay.</source>
        <translation>--delay-ms só se aplica com --fault delay.</translation>
    </message>
    <message>
        <source>--delay-ms: &apos;%1&apos; is not a number of milliseconds from 1 to 600000.</source>
        <translation>--delay-ms: «%1» não é um número de milissegundos entre 1 e 600000.</translation>
    </message>
    <message>
        <source>--provider: &apos;%1&apos; is not a provider name (not empty, no &apos;/&apos;).</source>
        <translation>--provider: «%1» não é um nome de provedor (não vazio, sem &apos;/&apos;).</translation>
    </message>
    <message>
        <source>the store %1 does not exist. Give one with --db, or run the dashboard once to write the demo city.</source>
        <translation>o armazenamento %1 não existe. Indique um com --db, ou execute o painel uma vez para escrever a cidade de demonstração.</translation>
    </message>
    <message>
        <source>the store %1 holds no occupancy sites (beaches, squares, markets, stations, parks) to serve.</source>
        <translation>o armazenamento %1 não contém locais com medição de lotação (praias, praças, mercados, estações, parques) para servir.</translation>
    </message>
    <message>
        <source>any non-empty key</source>
        <translation>qualquer chave não vazia</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualquer um</translation>
    </message>
    <message numerus="yes">
        <source>Serving %n site(s) from %1, a reading per sensor every %2 s.</source>
        <translation>
            <numerusform>%n local servido de %1, uma leitura por sensor a cada %2 s.</numerusform>
            <numerusform>%n locais servidos de %1, uma leitura por sensor a cada %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>  Sentilo catalogue      %1/catalog  (IDENTITY_KEY: %2)</source>
        <translation>  Catálogo Sentilo       %1/catalog  (IDENTITY_KEY: %2)</translation>
    </message>
    <message>
        <source>  Sentilo observations   %1/data/%2  and  %1/data/%2/occ-&lt;site code&gt;  (from, to, limit)</source>
        <translation>  Observações Sentilo    %1/data/%2  e  %1/data/%2/occ-&lt;código do local&gt;  (from, to, limit)</translation>
    </message>
    <message>
        <source>  NGSI-v2 entities       %1/v2/entities  (Fiware-Service: %2)</source>
        <translation>  Entidades NGSI-v2      %1/v2/entities  (Fiware-Service: %2)</translation>
    </message>
    <message>
        <source>  NGSI-v2 subscriptions  %1/v2/subscriptions</source>
        <translation>  Subscrições NGSI-v2    %1/v2/subscriptions</translation>
    </message>
    <message>
        <source>  Faults                 POST %1/_sim/fault  {&quot;fault&quot;:&quot;drop&quot;}  (now: %2)</source>
        <translation>  Falhas                 POST %1/_sim/fault  {&quot;fault&quot;:&quot;drop&quot;}  (agora: %2)</translation>
    </message>
    <message>
        <source>  Status                 %1/_sim/status</source>
        <translation>  Estado                 %1/_sim/status</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Para parar, use Ctrl+C.</translation>
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
        <translation>Fontes ao vivo</translation>
    </message>
    <message>
        <source>Reload file</source>
        <translation>Recarregar arquivo</translation>
    </message>
    <message>
        <source>Read the feeds file again</source>
        <translation>Ler de novo o arquivo de fontes</translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation>Adicionar fonte…</translation>
    </message>
    <message>
        <source>Add a feed to the feeds file</source>
        <translation>Adicionar uma fonte ao arquivo de fontes</translation>
    </message>
    <message>
        <source>Feeds file: %1</source>
        <translation>Arquivo de fontes: %1</translation>
    </message>
    <message>
        <source>No feeds file. Start with --feeds FILE, or add a feed to create one.</source>
        <translation>Não há arquivo de fontes. Inicie com --feeds ARQUIVO ou adicione uma fonte para criar um.</translation>
    </message>
    <message>
        <source>%1 The feeds file was not used: %2</source>
        <translation>%1 O arquivo de fontes não foi usado: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 The feeds file has %n problem(s); the other feeds run.</source>
        <translation>
            <numerusform>%1 O arquivo de fontes tem %n problema; as outras fontes funcionam.</numerusform>
            <numerusform>%1 O arquivo de fontes tem %n problemas; as outras fontes funcionam.</numerusform>
        </translation>
    </message>
    <message>
        <source>No feeds are running. Add a Sentilo, FIWARE NGSI-v2, HTTP or file feed to see live readings.</source>
        <translation>Nenhuma fonte está em execução. Adicione uma fonte Sentilo, FIWARE NGSI-v2, HTTP ou de arquivo para ver leituras ao vivo.</translation>
    </message>
    <message>
        <source>Remove the feed “%1” from the feeds file? Its stored readings stay in the store.</source>
        <translation>Remover a fonte “%1” do arquivo de fontes? As suas leituras armazenadas permanecem no armazenamento.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantê-la</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>FileActionButton</name>
    <message>
        <source>Import summary</source>
        <translation>Resumo da importação</translation>
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
    <message>
        <source>General beds</source>
        <translation>Leitos gerais</translation>
    </message>
    <message>
        <source>ICU beds</source>
        <translation>Leitos de UTI</translation>
    </message>
    <message>
        <source>Bed type</source>
        <translation>Tipo de leito</translation>
    </message>
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
    <message>
        <source>Epidemic</source>
        <translation>Epidemia</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Lotação</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>⧉ Own window</source>
        <translation>⧉ Janela própria</translation>
    </message>
    <message>
        <source>Show %1 in its own window (Ctrl+Shift+D)</source>
        <translation>Mostrar %1 numa janela própria (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>▶ Present</source>
        <translation>▶ Apresentar</translation>
    </message>
    <message>
        <source>Presentation mode (F5)</source>
        <translation>Modo apresentação (F5)</translation>
    </message>
    <message>
        <source>Full screen, large type, cycling through the chosen pages (F5)</source>
        <translation>Tela cheia, letra grande, com as páginas escolhidas em rotação (F5)</translation>
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
        <source>Essential services now</source>
        <translation>Serviços essenciais agora</translation>
    </message>
    <message>
        <source>Essential services at %1</source>
        <translation>Serviços essenciais em %1</translation>
    </message>
    <message>
        <source>Essential services map of %1. Click a point for its card, a numbered cluster to zoom in. Arrow keys pan, plus and minus zoom, 0 shows the whole city, Escape closes the card.</source>
        <translation>Mapa de serviços essenciais de %1. Clique em um ponto para ver a sua ficha, ou em um grupo numerado para aproximar. As setas deslocam, mais e menos aproximam e afastam, 0 mostra a cidade inteira, Escape fecha a ficha.</translation>
    </message>
    <message>
        <source>Add note here</source>
        <translation>Adicionar nota aqui</translation>
    </message>
    <message>
        <source>the point you chose</source>
        <translation>o ponto escolhido</translation>
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
    <name>NoteCard</name>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Operator note</source>
        <translation>Nota do operador</translation>
    </message>
    <message>
        <source>Close the note</source>
        <translation>Fechar a nota</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fechar (Escape)</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Onde: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Quando: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not on the map at the time shown.</source>
        <translation>Não está no mapa no momento mostrado.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Editar a nota</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Remove the note</source>
        <translation>Remover a nota</translation>
    </message>
    <message>
        <source>Remove this note? Replays of earlier moments still show it.</source>
        <translation>Remover esta nota? Ao rever momentos anteriores, ela continuará a ser mostrada.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Yes, remove the note</source>
        <translation>Sim, remover a nota</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>No, keep the note</source>
        <translation>Não, manter a nota</translation>
    </message>
</context>
<context>
    <name>NoteEditDialog</name>
    <message>
        <source>where it was pinned</source>
        <translation>onde foi fixada</translation>
    </message>
    <message>
        <source>Change the note</source>
        <translation>Alterar a nota</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Adicionar uma nota</translation>
    </message>
    <message>
        <source>You are replaying a past moment. The note is written now, so replays show it from now on.</source>
        <translation>O cursor de tempo mostra um momento passado. A nota é registrada com a hora atual, por isso, ao rever o passado, ela aparece a partir de agora.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>e.g. Road closed by flooding until 18:00</source>
        <translation>p. ex. Rua interditada por inundação até 18:00</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Texto da nota</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Pin the note to</source>
        <translation>Fixar a nota em</translation>
    </message>
    <message>
        <source>A point</source>
        <translation>Um ponto</translation>
    </message>
    <message>
        <source>A region</source>
        <translation>Uma região</translation>
    </message>
    <message>
        <source>No point chosen: close this form and right-click the map where the note belongs.</source>
        <translation>Nenhum ponto escolhido: feche este formulário e clique com o botão direito no mapa onde a nota deve ficar.</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <translation>Escolha uma região…</translation>
    </message>
    <message>
        <source>Region of the note</source>
        <translation>Região da nota</translation>
    </message>
    <message>
        <source>Valid from (year-month-day hours:minutes)</source>
        <translation>Válida desde (ano-mês-dia horas:minutos)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>Valid until (empty: until removed)</source>
        <translation>Válida até (vazio: até ser removida)</translation>
    </message>
    <message>
        <source>until removed</source>
        <translation>até ser removida</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida até</translation>
    </message>
    <message>
        <source>+%1 h</source>
        <translation>+%1 h</translation>
    </message>
    <message numerus="yes">
        <source>Until %n hour(s) after the start</source>
        <translation>
            <numerusform>Até %n hora após o início</numerusform>
            <numerusform>Até %n horas após o início</numerusform>
        </translation>
    </message>
    <message>
        <source>Until removed</source>
        <translation>Até ser removida</translation>
    </message>
    <message>
        <source>Written as %1</source>
        <translation>Assinada como %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Gravar alterações</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
</context>
<context>
    <name>NoteStore</name>
    <message>
        <source>Region: there is no region %1 in the store.</source>
        <translation>Região: não existe a região %1 no armazenamento.</translation>
    </message>
    <message>
        <source>Text: the note is empty; write what coordinators should know.</source>
        <translation>Texto: a nota está vazia; escreva o que os coordenadores devem saber.</translation>
    </message>
    <message>
        <source>Text: the note has %1 characters; at most %2 fit on its card.</source>
        <translation>Texto: a nota tem %1 caracteres; na sua ficha cabem no máximo %2.</translation>
    </message>
    <message>
        <source>Place: a place needs both a latitude and a longitude.</source>
        <translation>Local: um local precisa de latitude e longitude.</translation>
    </message>
    <message>
        <source>Place: latitude %1 is not between -90 and 90.</source>
        <translation>Local: a latitude %1 não está entre -90 e 90.</translation>
    </message>
    <message>
        <source>Place: longitude %1 is not between -180 and 180.</source>
        <translation>Local: a longitude %1 não está entre -180 e 180.</translation>
    </message>
    <message>
        <source>Place: the note is pinned nowhere; choose a point on the map or a region.</source>
        <translation>Local: a nota não está fixada em lugar nenhum; escolha um ponto no mapa ou uma região.</translation>
    </message>
    <message>
        <source>Valid from: the note needs the moment it starts to apply.</source>
        <translation>Válida desde: a nota precisa do momento em que começa a vigorar.</translation>
    </message>
    <message>
        <source>Valid until: %1 is not after the start, %2.</source>
        <translation>Válida até: %1 não é posterior ao início, %2.</translation>
    </message>
    <message>
        <source>Author: the note does not say who writes it.</source>
        <translation>Autor: a nota não indica quem a escreve.</translation>
    </message>
    <message>
        <source>Cannot add the note: the change has no valid time.</source>
        <translation>Não é possível adicionar a nota: a alteração não tem uma hora válida.</translation>
    </message>
    <message>
        <source>Cannot add the note: the store refused it (%1).</source>
        <translation>Não é possível adicionar a nota: o armazenamento recusou-a (%1).</translation>
    </message>
    <message>
        <source>Cannot change note %1: the change has no valid time.</source>
        <translation>Não é possível alterar a nota %1: a alteração não tem uma hora válida.</translation>
    </message>
    <message>
        <source>Cannot change note %1: the store cannot be read (%2).</source>
        <translation>Não é possível alterar a nota %1: não é possível ler o armazenamento (%2).</translation>
    </message>
    <message>
        <source>Cannot change note %1: there is no such note.</source>
        <translation>Não é possível alterar a nota %1: essa nota não existe.</translation>
    </message>
    <message>
        <source>Cannot change note %1: it was removed.</source>
        <translation>Não é possível alterar a nota %1: foi removida.</translation>
    </message>
    <message>
        <source>Cannot change note %1: the store refused it (%2).</source>
        <translation>Não é possível alterar a nota %1: o armazenamento recusou a alteração (%2).</translation>
    </message>
    <message>
        <source>Cannot change note %1: the audit log refused the entry (%2), so nothing was changed.</source>
        <translation>Não é possível alterar a nota %1: o histórico de auditoria recusou a entrada (%2), por isso nada foi alterado.</translation>
    </message>
    <message>
        <source>Cannot change note %1: the store could not save it (%2).</source>
        <translation>Não é possível alterar a nota %1: o armazenamento não conseguiu guardar a alteração (%2).</translation>
    </message>
    <message>
        <source>Cannot remove note %1: the removal does not say who makes it.</source>
        <translation>Não é possível remover a nota %1: não se indica quem a remove.</translation>
    </message>
    <message>
        <source>Cannot remove note %1: the removal has no valid time.</source>
        <translation>Não é possível remover a nota %1: a remoção não tem uma hora válida.</translation>
    </message>
    <message>
        <source>Cannot remove note %1: the store refused it (%2).</source>
        <translation>Não é possível remover a nota %1: o armazenamento recusou a remoção (%2).</translation>
    </message>
    <message>
        <source>Cannot remove note %1: it was removed already.</source>
        <translation>Não é possível remover a nota %1: já tinha sido removida.</translation>
    </message>
    <message>
        <source>Cannot remove note %1: there is no such note.</source>
        <translation>Não é possível remover a nota %1: essa nota não existe.</translation>
    </message>
    <message>
        <source>Cannot remove note %1: the audit log refused the entry (%2), so nothing was changed.</source>
        <translation>Não é possível remover a nota %1: o histórico de auditoria recusou a entrada (%2), por isso nada foi alterado.</translation>
    </message>
    <message>
        <source>Cannot remove note %1: the store could not save it (%2).</source>
        <translation>Não é possível remover a nota %1: o armazenamento não conseguiu guardar a remoção (%2).</translation>
    </message>
</context>
<context>
    <name>NoteTimeMarks</name>
    <message numerus="yes">
        <source>Notes on the time line: %n note(s). Left and right arrows move to the previous or next note.</source>
        <translation>
            <numerusform>Notas na linha do tempo: %n nota. As setas para a esquerda e para a direita passam para a nota anterior ou seguinte.</numerusform>
            <numerusform>Notas na linha do tempo: %n notas. As setas para a esquerda e para a direita passam para a nota anterior ou seguinte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes: ← previous, → next</source>
        <translation>Notas: ← anterior, → seguinte</translation>
    </message>
</context>
<context>
    <name>NotesLayer</name>
    <message>
        <source>the centre of the map</source>
        <translation>o centro do mapa</translation>
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
        <translation>Notas agora (%1)</translation>
    </message>
    <message>
        <source>Notes at %1 (%2)</source>
        <translation>Notas em %1 (%2)</translation>
    </message>
    <message>
        <source>+ Add note</source>
        <translation>+ Adicionar nota</translation>
    </message>
    <message>
        <source>Add a note at the centre of the map</source>
        <translation>Adicionar uma nota no centro do mapa</translation>
    </message>
    <message>
        <source>Add a note at the centre of the map (N on the map; right-click or press and hold the map for another place)</source>
        <translation>Adicionar uma nota no centro do mapa (N no mapa; para outro local, clique com o botão direito ou mantenha o mapa pressionado)</translation>
    </message>
    <message>
        <source>No notes at this moment.</source>
        <translation>Não há notas neste momento.</translation>
    </message>
    <message>
        <source>Notes at the time shown</source>
        <translation>Notas no momento mostrado</translation>
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
        <translation>Alternativas menos lotadas</translation>
    </message>
    <message>
        <source>Not needed: this site is green.</source>
        <translation>Não é necessário: este local está verde.</translation>
    </message>
    <message>
        <source>Shown when the site is amber, red or closed; its light is not known now.</source>
        <translation>São mostradas quando o local está âmbar, vermelho ou fechado; neste momento não se conhece o seu semáforo.</translation>
    </message>
    <message>
        <source>No %1 nearby is green right now.</source>
        <translation>Neste momento nenhum local próximo do tipo %1 está verde.</translation>
    </message>
    <message>
        <source>%1 % full</source>
        <translation>ocupação de %1 %</translation>
    </message>
    <message>
        <source>green</source>
        <translation>verde</translation>
    </message>
    <message>
        <source>%1 — %2 away, %3</source>
        <translation>%1 — a %2, %3</translation>
    </message>
    <message>
        <source>Go to %1, %2 away, %3</source>
        <translation>Ir para %1, a %2, %3</translation>
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
        <translation>hoje</translation>
    </message>
    <message>
        <source>Today against a usual %1</source>
        <translation>Hoje comparado com %1 habitual</translation>
    </message>
    <message>
        <source>%1 against a usual %2</source>
        <translation>%1 comparado com %2 habitual</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reading(s) that day, %2 hours with a usual value</source>
        <translation>
            <numerusform>%1: %n leitura nesse dia, %2 horas com valor habitual</numerusform>
            <numerusform>%1: %n leituras nesse dia, %2 horas com valor habitual</numerusform>
        </translation>
    </message>
    <message>
        <source>% of capacity</source>
        <translation>% da capacidade</translation>
    </message>
    <message>
        <source>usual</source>
        <translation>habitual</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>âmbar</translation>
    </message>
    <message>
        <source>red</source>
        <translation>vermelho</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fechado</translation>
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
        <translation>%1: sem dados</translation>
    </message>
    <message numerus="yes">
        <source>%1: typically %2 % full, from %n reading(s)</source>
        <translation>
            <numerusform>%1: ocupação típica de %2 %, segundo %n leitura</numerusform>
            <numerusform>%1: ocupação típica de %2 %, segundo %n leituras</numerusform>
        </translation>
    </message>
    <message>
        <source>Typical occupancy by weekday and hour</source>
        <translation>Ocupação típica por dia da semana e hora</translation>
    </message>
</context>
<context>
    <name>OccupancyLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lights at %1:</source>
        <translation>Semáforo em %1:</translation>
    </message>
    <message>
        <source>Lights (default thresholds; each site has its own):</source>
        <translation>Semáforo (limiares predefinidos; cada local tem os seus):</translation>
    </message>
    <message>
        <source>under %1 %</source>
        <translation>abaixo de %1 %</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <source>%1 % and over</source>
        <translation>%1 % ou mais</translation>
    </message>
    <message>
        <source>%1 % and over: access closed</source>
        <translation>%1 % ou mais: acesso fechado</translation>
    </message>
    <message>
        <source>this site does not close</source>
        <translation>este local não fecha</translation>
    </message>
    <message numerus="yes">
        <source>no reading in the last %n minute(s)</source>
        <translation>
            <numerusform>sem leituras há %n minuto</numerusform>
            <numerusform>sem leituras há %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>A light steps down only %1 points below its line, so it does not flicker.</source>
        <translation>Um semáforo só volta à cor inferior %1 pontos abaixo do seu limiar, para não oscilar.</translation>
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
        <translation>nível %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>Crowding map: every site as a traffic light with its occupancy. N and P select the next and previous site, Escape clears the selection. Arrow keys pan, plus and minus zoom, 0 shows the whole city.</source>
        <translation>Mapa de lotação: cada local como um semáforo com a sua ocupação. N e P selecionam o local seguinte e o anterior, Escape limpa a seleção. As setas deslocam, mais e menos alteram o zoom, 0 mostra a cidade inteira.</translation>
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
            <numerusform>%1: %n local</numerusform>
            <numerusform>%1: %n locais</numerusform>
        </translation>
    </message>
    <message>
        <source>Crowding now</source>
        <translation>Lotação agora</translation>
    </message>
    <message>
        <source>Crowding at %1</source>
        <translation>Lotação em %1</translation>
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
        <translation>nível %1 de 3</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <source>%1 people of %2</source>
        <translation>%1 de %2 pessoas</translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation>capacidade %1</translation>
    </message>
    <message>
        <source>no reading yet</source>
        <translation>ainda sem leituras</translation>
    </message>
    <message>
        <source>stale since %1</source>
        <translation>desatualizado desde %1</translation>
    </message>
    <message>
        <source>read at %1</source>
        <translation>leitura: %1</translation>
    </message>
    <message>
        <source>Site card: %1</source>
        <translation>Ficha do local: %1</translation>
    </message>
    <message>
        <source>Site card</source>
        <translation>Ficha do local</translation>
    </message>
    <message>
        <source>Select a site on the map or in the list to see its day, its usual week and where else to go.</source>
        <translation>Selecione um local no mapa ou na lista para ver o seu dia, a sua semana habitual e para onde mais se pode ir.</translation>
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
        <translation>Semanas usadas para calcular a ocupação habitual</translation>
    </message>
    <message>
        <source>Mean % full per weekday and hour (the city&apos;s time), tinted by the light it would show; – no readings. Outlined: the time cursor&apos;s hour.</source>
        <translation>Ocupação média (%) por dia da semana e hora (hora da cidade), colorida segundo o semáforo que mostraria; – sem leituras. Com contorno: a hora do cursor de tempo.</translation>
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
        <translation>nível %1</translation>
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
        <source>– / %1</source>
        <translation>– / %1</translation>
    </message>
    <message>
        <source>No reading</source>
        <translation>Sem leituras</translation>
    </message>
    <message>
        <source>stale since %1</source>
        <translation>desatualizado desde %1</translation>
    </message>
    <message>
        <source>light %1</source>
        <translation>semáforo %1</translation>
    </message>
    <message>
        <source>occupancy %1</source>
        <translation>ocupação %1</translation>
    </message>
    <message>
        <source>%1 people of %2</source>
        <translation>%1 de %2 pessoas</translation>
    </message>
    <message>
        <source>read at %1</source>
        <translation>leitura: %1</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>selecionado</translation>
    </message>
</context>
<context>
    <name>OccupancySiteTable</name>
    <message>
        <source>%1, sorted in reverse</source>
        <translation>%1, ordem inversa</translation>
    </message>
    <message>
        <source>%1, sorted</source>
        <translation>%1, ordenado</translation>
    </message>
    <message>
        <source>%1, press to sort</source>
        <translation>%1, ative para ordenar</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Semáforo</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>% full</source>
        <translation>% ocupação</translation>
    </message>
    <message>
        <source>People / capacity</source>
        <translation>Pessoas / capacidade</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Leitura</translation>
    </message>
    <message>
        <source>Crowding sites</source>
        <translation>Locais com medição de lotação</translation>
    </message>
    <message>
        <source>This city has no crowding sites yet: add them through a live feed.</source>
        <translation>Esta cidade ainda não tem locais com medição de lotação: adicione-os através de uma fonte ao vivo.</translation>
    </message>
</context>
<context>
    <name>OpeningHours</name>
    <message>
        <source>&apos;%1&apos; names neither days nor times</source>
        <translation>&apos;%1&apos; não indica dias nem horas</translation>
    </message>
    <message>
        <source>separate the time ranges in &apos;%1&apos; with &apos;,&apos; (as in 09:00-14:00,17:00-20:00)</source>
        <translation>separe os intervalos de horas de &apos;%1&apos; com &apos;,&apos; (como em 09:00-14:00,17:00-20:00)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; continues with days after &apos;,&apos;; start a new rule with &apos;;&apos; instead</source>
        <translation>&apos;%1&apos; continua com dias depois de &apos;,&apos;; comece uma regra nova com &apos;;&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>&apos;%1&apos; inesperado em &apos;%2&apos;</translation>
    </message>
    <message>
        <source>public and school holidays (%1) are not supported, in &apos;%2&apos;</source>
        <translation>os feriados e as férias escolares (%1) não são suportados, em &apos;%2&apos;</translation>
    </message>
    <message>
        <source>expected a day (Mo, Tu, We, Th, Fr, Sa, Su) at &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>esperado um dia (Mo, Tu, We, Th, Fr, Sa, Su) onde está &apos;%1&apos; em &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown day &apos;%1&apos; in &apos;%2&apos; (days are written Mo, Tu, We, Th, Fr, Sa, Su)</source>
        <translation>dia desconhecido &apos;%1&apos; em &apos;%2&apos; (os dias são escritos Mo, Tu, We, Th, Fr, Sa, Su)</translation>
    </message>
    <message>
        <source>expected a time as HH:MM at &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>esperada uma hora no formato HH:MM onde está &apos;%1&apos; em &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is not a valid time in &apos;%2&apos;</source>
        <translation>%1 não é uma hora válida em &apos;%2&apos;</translation>
    </message>
    <message>
        <source>opening time 24:00 in &apos;%1&apos; is the end of the day; write 00:00</source>
        <translation>a hora de abertura 24:00 em &apos;%1&apos; é o fim do dia; escreva 00:00</translation>
    </message>
    <message>
        <source>expected &apos;-&apos; and a closing time after %1 in &apos;%2&apos;</source>
        <translation>esperado &apos;-&apos; e uma hora de encerramento depois de %1 em &apos;%2&apos;</translation>
    </message>
    <message>
        <source>closing time %1 is the same as opening time %2 in &apos;%3&apos;</source>
        <translation>a hora de encerramento %1 é igual à hora de abertura %2 em &apos;%3&apos;</translation>
    </message>
    <message>
        <source>closing time %1 is before opening time %2 in &apos;%3&apos; (a range past midnight opens after noon and closes by noon, like 22:00-02:00)</source>
        <translation>a hora de encerramento %1 é anterior à hora de abertura %2 em &apos;%3&apos; (um intervalo que passa da meia-noite abre depois do meio-dia e fecha no máximo ao meio-dia, como 22:00-02:00)</translation>
    </message>
    <message>
        <source>%1-%2 in &apos;%3&apos; is longer than a day</source>
        <translation>%1-%2 em &apos;%3&apos; dura mais de um dia</translation>
    </message>
    <message>
        <source>no opening hours given</source>
        <translation>nenhum horário indicado</translation>
    </message>
    <message>
        <source>empty rule between &apos;;&apos; in &apos;%1&apos;</source>
        <translation>regra vazia entre &apos;;&apos; em &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>OverviewAlerts</name>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>Open alerts (%1)</source>
        <translation>Alertas abertos (%1)</translation>
    </message>
    <message>
        <source>Open the alert centre</source>
        <translation>Abrir a central de alertas</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertas abertos</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>não confirmado</translation>
    </message>
    <message>
        <source>✓ Acknowledged</source>
        <translation>✓ Confirmado</translation>
    </message>
    <message>
        <source>Alerts are not available in this build.</source>
        <translation>Os alertas não estão disponíveis nesta compilação.</translation>
    </message>
    <message>
        <source>No open alerts at this moment.</source>
        <translation>Não há alertas abertos neste momento.</translation>
    </message>
</context>
<context>
    <name>OverviewChanges</name>
    <message>
        <source>Since the last briefing</source>
        <translation>Desde o último boletim de situação</translation>
    </message>
    <message>
        <source>Mark briefing given</source>
        <translation>Marcar boletim de situação como apresentado</translation>
    </message>
    <message>
        <source>Records the figures shown now as the last briefing</source>
        <translation>Registra os números mostrados agora como o último boletim de situação</translation>
    </message>
    <message>
        <source>Export briefing…</source>
        <translation>Exportar boletim de situação…</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) changed</source>
        <translation>
            <numerusform>%n número alterado</numerusform>
            <numerusform>%n números alterados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) raised</source>
        <translation>
            <numerusform>%n alerta ativado</numerusform>
            <numerusform>%n alertas ativados</numerusform>
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
        <translation>(resolvido)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more alert(s)</source>
        <translation>
            <numerusform>e mais %n alerta</numerusform>
            <numerusform>e mais %n alertas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more note(s)</source>
        <translation>
            <numerusform>e mais %n nota</numerusform>
            <numerusform>e mais %n notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewMap</name>
    <message numerus="yes">
        <source>Map of %1 with what matters now: %n hospital(s) with low bed availability</source>
        <translation>
            <numerusform>Mapa de %1 com o que importa agora: %n hospital com baixa disponibilidade de leitos</numerusform>
            <numerusform>Mapa de %1 com o que importa agora: %n hospitais com baixa disponibilidade de leitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n crowded site(s)</source>
        <translation>
            <numerusform>, %n local lotado</numerusform>
            <numerusform>, %n locais lotados</numerusform>
        </translation>
    </message>
    <message>
        <source>. Arrow keys pan, plus and minus zoom, 0 shows the whole city.</source>
        <translation>. As setas deslocam, mais e menos alteram o zoom, 0 mostra a cidade inteira.</translation>
    </message>
    <message>
        <source>✚ hospital with low bed availability · %1 crowded site · ⚠ open alert · pins: operator notes</source>
        <translation>✚ hospital com baixa disponibilidade de leitos · %1 local lotado · ⚠ alerta aberto · marcadores: notas do operador</translation>
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
        <source>residents</source>
        <translation>habitantes</translation>
    </message>
    <message>
        <source>Every figure shows the time it is valid at. &quot;No data&quot; means nothing was reported, not zero.</source>
        <translation>Cada número mostra o momento em que é válido. «Sem dados» significa que nada foi notificado, não zero.</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>Exportar boletim de situação</translation>
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
        <translation>Boletim de situação em preparação: %1</translation>
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
    <name>PresentationBar</name>
    <message>
        <source>%1 No data yet</source>
        <translation>%1 Ainda sem dados</translation>
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
        <source>● Live</source>
        <translation>● Ao vivo</translation>
    </message>
    <message>
        <source>⏮ Replaying %1</source>
        <translation>⏮ Histórico: %1</translation>
    </message>
    <message>
        <source>Intensive-care beds</source>
        <translation>Leitos de UTI</translation>
    </message>
    <message>
        <source>General beds</source>
        <translation>Leitos gerais</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Seleção: %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Pesquisa: %1</translation>
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
    <message>
        <source>Epidemic</source>
        <translation>Epidemia</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Lotação</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Fontes</translation>
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
        <translation>⏸ Em pausa · página %1 de %2</translation>
    </message>
    <message>
        <source>▶ Page %1 of %2 · next in %3 s</source>
        <translation>▶ Página %1 de %2 · próxima em %3 s</translation>
    </message>
    <message>
        <source>Esc leaves · Space pauses · ←/→ pages</source>
        <translation>Esc: sair · Espaço: pausa · ←/→: páginas</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
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
        <translation>Escolher as páginas e os segundos da apresentação</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Sair do modo apresentação</translation>
    </message>
</context>
<context>
    <name>PresentationSettings</name>
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
    <message>
        <source>Epidemic</source>
        <translation>Epidemia</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Lotação</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Presentation playlist</source>
        <translation>Páginas da apresentação</translation>
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
        <translation>Fechar</translation>
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
    <message>
        <source>Cannot open the store %1: the database &quot;%2&quot; does not exist on %3. Atalaya never creates one; ask the database administrator to create it (for example createdb --owner=ROLE %2).</source>
        <translation>Não é possível abrir o armazenamento %1: a base de dados &quot;%2&quot; não existe em %3. O Atalaya nunca cria bases de dados; peça ao administrador de bases de dados que a crie (por exemplo, createdb --owner=PAPEL %2).</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2 refused the connection (%3). Check the user name; keep its password in ~/.pgpass (or the file PGPASSFILE names) or in a service file, never in the URL.</source>
        <translation>Não é possível abrir o armazenamento %1: %2 recusou a conexão (%3). Verifique o nome de usuário; guarde a sua senha em ~/.pgpass (ou no arquivo indicado por PGPASSFILE) ou num arquivo de serviço, nunca no URL.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: no PostgreSQL server answers at %2 (%3). Check that the server runs and accepts connections there.</source>
        <translation>Não é possível abrir o armazenamento %1: nenhum servidor PostgreSQL responde em %2 (%3). Verifique se o servidor está em execução e aceita conexões nesse endereço.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed. Install it (on Debian: libqt6sql6-psql) or use an SQLite store file.</source>
        <translation>Não é possível abrir o armazenamento %1: o driver PostgreSQL do Qt (QPSQL) não está instalado. Instale-o (no Debian: libqt6sql6-psql) ou use um arquivo SQLite como armazenamento.</translation>
    </message>
    <message>
        <source>Cannot check the schema of the store %1: %2.</source>
        <translation>Não é possível verificar o esquema do armazenamento %1: %2.</translation>
    </message>
    <message>
        <source>Cannot use %1 as the store: the database has tables of another application (%2) but no Atalaya schema. It was left untouched; give Atalaya a database of its own.</source>
        <translation>Não é possível usar %1 como armazenamento: a base de dados tem tabelas de outra aplicação (%2) mas não o esquema do Atalaya. Não foi alterada; atribua ao Atalaya uma base de dados própria.</translation>
    </message>
    <message>
        <source>Cannot open %1: the database role %2 has no Atalaya role in it. An administrator grants one: GRANT atalaya_viewer (or atalaya_editor, atalaya_admin) TO %2;</source>
        <translation>Não é possível abrir %1: a função de base de dados %2 não tem nenhuma função do Atalaya nesse armazenamento. Um administrador deve atribuir-lhe uma: GRANT atalaya_viewer (ou atalaya_editor, atalaya_admin) TO %2;</translation>
    </message>
</context>
<context>
    <name>RegionImport</name>
    <message>
        <source>no geometry (a region needs a Polygon or MultiPolygon)</source>
        <translation>sem geometria (uma região precisa de um Polygon ou MultiPolygon)</translation>
    </message>
    <message>
        <source>the geometry is not a GeoJSON object</source>
        <translation>a geometria não é um objeto GeoJSON</translation>
    </message>
    <message>
        <source>the MultiPolygon&apos;s coordinates are not an array of polygons</source>
        <translation>as coordenadas do MultiPolygon não são um array de polígonos</translation>
    </message>
    <message>
        <source>polygon %1, </source>
        <translation>polígono %1, </translation>
    </message>
    <message>
        <source>the geometry has no type (a region needs a Polygon or MultiPolygon)</source>
        <translation>a geometria não tem tipo (uma região precisa de um Polygon ou MultiPolygon)</translation>
    </message>
    <message>
        <source>a %1 is not an area; a region needs a Polygon or MultiPolygon</source>
        <translation>uma geometria %1 não é uma área; uma região precisa de um Polygon ou MultiPolygon</translation>
    </message>
    <message>
        <source>%1the coordinates are not an array of rings</source>
        <translation>%1as coordenadas não são um array de anéis</translation>
    </message>
    <message>
        <source>%1ring %2</source>
        <translation>%1anel %2</translation>
    </message>
    <message>
        <source>%1 is not an array of positions</source>
        <translation>%1 não é um array de posições</translation>
    </message>
    <message>
        <source>%1, position %2: %3 is not a [longitude, latitude] pair</source>
        <translation>%1, posição %2: %3 não é um par [longitude, latitude]</translation>
    </message>
    <message>
        <source>%1, position %2: latitude %3 is outside -90..90; the positions look like [latitude, longitude], GeoJSON wants [longitude, latitude]</source>
        <translation>%1, posição %2: a latitude %3 está fora de -90..90; as posições parecem [latitude, longitude], o GeoJSON exige [longitude, latitude]</translation>
    </message>
    <message>
        <source>%1, position %2: [%3, %4] is outside longitude -180..180, latitude -90..90 (are the coordinates projected, in metres?)</source>
        <translation>%1, posição %2: [%3, %4] está fora de longitude -180..180, latitude -90..90 (as coordenadas estão projetadas, em metros?)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n position(s); a closed ring needs at least 4</source>
        <translation>
            <numerusform>%1 tem %n posição; um anel fechado precisa de pelo menos 4</numerusform>
            <numerusform>%1 tem %n posições; um anel fechado precisa de pelo menos 4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not closed (its last position must repeat its first)</source>
        <translation>%1 não está fechado (a sua última posição deve repetir a primeira)</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> e mais %n</numerusform>
            <numerusform> e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not GeoJSON (it does not start with “{”). Convert it to a GeoJSON FeatureCollection first (for example with ogr2ogr -f GeoJSON).</source>
        <translation>O documento não é GeoJSON (não começa com “{”). Converta-o primeiro para uma FeatureCollection GeoJSON (por exemplo, com ogr2ogr -f GeoJSON).</translation>
    </message>
    <message>
        <source>The file starts like GeoJSON but is not valid JSON: %1 at character %2.</source>
        <translation>O documento começa como GeoJSON mas não é JSON válido: %1 na posição %2.</translation>
    </message>
    <message>
        <source>The file is a JSON array, not a GeoJSON FeatureCollection or Feature.</source>
        <translation>O documento é um array JSON, não uma FeatureCollection nem uma Feature GeoJSON.</translation>
    </message>
    <message>
        <source>The file is JSON but not GeoJSON: it has no “type” member (FeatureCollection or Feature expected).</source>
        <translation>O documento é JSON mas não GeoJSON: não tem o membro “type” (esperado FeatureCollection ou Feature).</translation>
    </message>
    <message>
        <source>The file is a bare %1 geometry, with no properties to give the region&apos;s code and name; wrap it in a Feature that has them.</source>
        <translation>O documento é uma geometria %1 isolada, sem propriedades que deem o código e o nome da região; coloque-a dentro de uma Feature que os tenha.</translation>
    </message>
    <message>
        <source>The file is JSON but not a GeoJSON FeatureCollection or Feature (its “type” is “%1”).</source>
        <translation>O documento é JSON mas não uma FeatureCollection nem uma Feature GeoJSON (o seu “type” é “%1”).</translation>
    </message>
    <message>
        <source>The coordinates are in %1, not in WGS 84 longitude and latitude as GeoJSON (RFC 7946) requires; convert the file first (for example ogr2ogr -t_srs EPSG:4326).</source>
        <translation>As coordenadas estão em %1, não em longitude e latitude WGS 84 como exige o GeoJSON (RFC 7946); converta primeiro o documento (por exemplo, ogr2ogr -t_srs EPSG:4326).</translation>
    </message>
    <message>
        <source>The FeatureCollection has no “features” array.</source>
        <translation>A FeatureCollection não tem o array “features”.</translation>
    </message>
    <message>
        <source>The file holds no features.</source>
        <translation>O documento não contém nenhum elemento.</translation>
    </message>
    <message>
        <source>not a GeoJSON Feature</source>
        <translation>não é uma Feature GeoJSON</translation>
    </message>
    <message>
        <source>no level (district, neighbourhood or post code) given</source>
        <translation>nível não indicado (distrito, bairro ou código postal)</translation>
    </message>
    <message>
        <source>“%1” is not a region level (district, neighbourhood or post code)</source>
        <translation>“%1” não é um nível de região (distrito, bairro ou código postal)</translation>
    </message>
    <message>
        <source>no code (such as “code”, “codigo” or “id”)</source>
        <translation>sem código (como “code”, “codigo” ou “id”)</translation>
    </message>
    <message>
        <source>%1 is not a code</source>
        <translation>%1 não é um código</translation>
    </message>
    <message>
        <source>no name (such as “name”, “nombre” or “nome”)</source>
        <translation>sem nome (como “name”, “nombre” ou “nome”)</translation>
    </message>
    <message>
        <source>%1 is not a name</source>
        <translation>%1 não é um nome</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of people</source>
        <translation>“%1” não é um número inteiro de pessoas</translation>
    </message>
    <message>
        <source>“%1” is not an area (a number above 0)</source>
        <translation>“%1” não é uma área (um número maior que 0)</translation>
    </message>
    <message>
        <source>“%1” is not a share of people (0 to 1, or a percentage)</source>
        <translation>“%1” não é uma proporção de pessoas (de 0 a 1, ou uma percentagem)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” não é um número</translation>
    </message>
    <message>
        <source>the polygon encloses no area</source>
        <translation>o polígono não delimita nenhuma área</translation>
    </message>
    <message>
        <source>%1 (%2 given, %3 km² drawn)</source>
        <translation>%1 (%2 indicado, %3 km² desenhados)</translation>
    </message>
    <message>
        <source>the shape lies at latitude %1, longitude %2, far from the other regions, which it would join with latitude and longitude swapped: the positions look like [latitude, longitude], GeoJSON wants [longitude, latitude]</source>
        <translation>a forma está na latitude %1, longitude %2, longe das outras regiões, às quais se juntaria com a latitude e a longitude trocadas: as posições parecem [latitude, longitude], o GeoJSON exige [longitude, latitude]</translation>
    </message>
    <message>
        <source>“%1” (feature %2)</source>
        <translation>“%1” (elemento %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) gave no population (%1): new ones were stored with 0, known ones kept theirs.</source>
        <translation>
            <numerusform>%n região não indicou população (%1): se era nova foi armazenada com 0, se já era conhecida manteve a sua.</numerusform>
            <numerusform>%n regiões não indicaram população (%1): as novas foram armazenadas com 0, as já conhecidas mantiveram a sua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s) of people over 65 were percentages and were stored as fractions (21.5 as 0.215).</source>
        <translation>
            <numerusform>%n proporção de pessoas com mais de 65 anos era uma percentagem e foi armazenada como fração (21.5 como 0.215).</numerusform>
            <numerusform>%n proporções de pessoas com mais de 65 anos eram percentagens e foram armazenadas como frações (21.5 como 0.215).</numerusform>
        </translation>
    </message>
    <message>
        <source>Areas that cannot be in km² (m² or hectares?) were replaced by the polygon&apos;s own: %1.</source>
        <translation>As áreas que não podem estar em km² (m² ou hectares?) foram substituídas pelas do próprio polígono: %1.</translation>
    </message>
    <message>
        <source>Areas kept as given although the polygon&apos;s differs by more than half: %1.</source>
        <translation>Áreas mantidas tal como vinham embora a do polígono difira em mais de metade: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) named another level in their properties; all were read as %1 as asked.</source>
        <translation>
            <numerusform>%n elemento indicava outro nível nas suas propriedades; foi lido como %1, como pedido.</numerusform>
            <numerusform>%n elementos indicavam outro nível nas suas propriedades; todos foram lidos como %1, como pedido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parents that matched no region in the store or the file: %1.</source>
        <translation>Regiões superiores que não correspondem a nenhuma região do armazenamento nem do documento: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n neighbourhood(s) were placed in the district that contains them.</source>
        <translation>
            <numerusform>%n bairro foi colocado no distrito que o contém.</numerusform>
            <numerusform>%n bairros foram colocados no distrito que os contém.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neighbourhoods in no district of the store, kept without one: %1.</source>
        <translation>Bairros fora de todos os distritos do armazenamento, guardados sem distrito: %1.</translation>
    </message>
    <message>
        <source>Properties not imported: %1.</source>
        <translation>Propriedades não importadas: %1.</translation>
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
    <message>
        <source>“%1” is not a region level (district, neighbourhood or postcode).</source>
        <translation>“%1” não é um nível de região (district, neighbourhood ou postcode).</translation>
    </message>
    <message>
        <source>No feature says which level it is (a “level”, “nivel” or “tipo” property); choose the level of the regions: district, neighbourhood or postcode.</source>
        <translation>Nenhum elemento indica o seu nível (uma propriedade “level”, “nivel” ou “tipo”); escolha o nível das regiões: district, neighbourhood ou postcode.</translation>
    </message>
    <message>
        <source>the same %1 “%2” as feature %3, which was kept</source>
        <translation>o mesmo %1 “%2” que o elemento %3, que foi mantido</translation>
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
        <source>Refused %1: %2 Nothing was changed.</source>
        <translation>%1 recusado: %2 Nada foi alterado.</translation>
    </message>
    <message>
        <source>Imported %1 (GeoJSON).</source>
        <translation>%1 importado (GeoJSON).</translation>
    </message>
    <message>
        <source>Features read: %1. Regions new: %2, updated: %3, unchanged: %4. Features skipped: %5.</source>
        <translation>Elementos lidos: %1. Regiões novas: %2, atualizadas: %3, sem alterações: %4. Elementos ignorados: %5.</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Ignorados:</translation>
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
        <translation>Dados insuficientes</translation>
    </message>
    <message>
        <source>US CDC 2021 community transmission</source>
        <translation>CDC EUA 2021, transmissão comunitária</translation>
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
    <name>RowBatch</name>
    <message>
        <source>no columns were named for the rows of %1</source>
        <translation>não foi indicada nenhuma coluna para as linhas de %1</translation>
    </message>
    <message>
        <source>a row for %1 has %2 values for %3 columns</source>
        <translation>uma linha para %1 tem %2 valores para %3 colunas</translation>
    </message>
    <message>
        <source>the store did not take rows %1 to %2 of %3: %4</source>
        <translation>o armazenamento não aceitou as linhas %1 a %2 de %3: %4</translation>
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
        <translation>%1 %2, aberta %3</translation>
    </message>
    <message>
        <source>%1 %2, closed</source>
        <translation>%1 %2, fechada</translation>
    </message>
</context>
<context>
    <name>ServiceAreaLegend</name>
    <message>
        <source>older people</source>
        <translation>idosos</translation>
    </message>
    <message>
        <source>children</source>
        <translation>crianças</translation>
    </message>
    <message>
        <source>sport</source>
        <translation>exercício</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>Recreational areas</source>
        <translation>Áreas de lazer</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>Abertas para</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Idosos</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Crianças</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>Show the areas open to</source>
        <translation>Mostrar as áreas abertas para</translation>
    </message>
    <message>
        <source>%1 Filled: open to %2 %3 (%4 of %5)</source>
        <translation>%1 Preenchido: abertas para %2 %3 (%4 de %5)</translation>
    </message>
    <message>
        <source>%1 Outline only: closed to %2 %3</source>
        <translation>%1 Só contorno: fechadas para %2 %3</translation>
    </message>
    <message>
        <source>Step the time cursor in the header to see another hour.</source>
        <translation>Mova o cursor de tempo do cabeçalho para ver outra hora.</translation>
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
        <translation>Serviço %1</translation>
    </message>
    <message>
        <source>Close the card</source>
        <translation>Fechar a ficha</translation>
    </message>
    <message>
        <source>%1 · post code %2</source>
        <translation>%1 · código postal %2</translation>
    </message>
    <message>
        <source>Updated by %1 at %2</source>
        <translation>Atualizado por %1 em %2</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Atualizado em %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechado</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>e.g. Mo-Fr 09:00-20:00; Sa 10:00-14:00 (empty: not reported)</source>
        <translation>p. ex. Mo-Fr 09:00-20:00; Sa 10:00-14:00 (vazio: não notificado)</translation>
    </message>
    <message>
        <source>Capacity (people)</source>
        <translation>Capacidade (pessoas)</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Não notificado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Sem notas</translation>
    </message>
    <message>
        <source>Nearest hospital with a free bed</source>
        <translation>Hospital mais próximo com um leito livre</translation>
    </message>
    <message>
        <source>Show the nearest hospitals with a free bed from this service</source>
        <translation>Mostrar os hospitais mais próximos com um leito livre a partir deste serviço</translation>
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
        <translation>Aplicar novo valor: %1</translation>
    </message>
</context>
<context>
    <name>ServiceExport</name>
    <message>
        <source>%1: the name must end in .geojson, .json or .csv to say the format.</source>
        <translation>%1: o nome deve terminar em .geojson, .json ou .csv para indicar o formato.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Não é possível escrever %1: %2.</translation>
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
        <translation>Histórico de alterações</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Nenhuma alteração até agora.</translation>
    </message>
    <message>
        <source>%1 at %2 changed %3 from %4 to %5</source>
        <translation>%1 alterou %3 de %4 para %5 (%2)</translation>
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
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo the change of %1 from %2 to %3</source>
        <translation>Desfazer a alteração de %1 de %2 para %3</translation>
    </message>
</context>
<context>
    <name>ServiceImport</name>
    <message>
        <source>Unknown field “%1” in the column mapping (known: %2).</source>
        <translation>Campo desconhecido “%1” no mapeamento de colunas (conhecidos: %2).</translation>
    </message>
    <message>
        <source>The column mapped to %1 has no name.</source>
        <translation>A coluna indicada para %1 não tem nome.</translation>
    </message>
    <message>
        <source>the Point&apos;s coordinates are not a [longitude, latitude] pair</source>
        <translation>as coordenadas do Point não são um par [longitude, latitude]</translation>
    </message>
    <message>
        <source>the MultiPolygon&apos;s coordinates are not an array of polygons</source>
        <translation>as coordenadas do MultiPolygon não são um array de polígonos</translation>
    </message>
    <message>
        <source>polygon %1, </source>
        <translation>polígono %1, </translation>
    </message>
    <message>
        <source>the geometry has no type</source>
        <translation>a geometria não tem tipo</translation>
    </message>
    <message>
        <source>a %1 is neither a point nor an area (Point, Polygon or MultiPolygon)</source>
        <translation>uma geometria %1 não é nem um ponto nem uma área (Point, Polygon ou MultiPolygon)</translation>
    </message>
    <message>
        <source>the polygon encloses no area</source>
        <translation>o polígono não delimita nenhuma área</translation>
    </message>
    <message>
        <source>%1the coordinates are not an array of rings</source>
        <translation>%1as coordenadas não são um array de anéis</translation>
    </message>
    <message>
        <source>%1ring %2</source>
        <translation>%1anel %2</translation>
    </message>
    <message>
        <source>%1 is not an array of positions</source>
        <translation>%1 não é um array de posições</translation>
    </message>
    <message>
        <source>%1, position %2 is not a [longitude, latitude] pair</source>
        <translation>%1, a posição %2 não é um par [longitude, latitude]</translation>
    </message>
    <message>
        <source>%1, position %2: [%3, %4] is outside longitude -180..180, latitude -90..90 (projected coordinates, in metres?)</source>
        <translation>%1, posição %2: [%3, %4] está fora de longitude -180..180, latitude -90..90 (coordenadas projetadas, em metros?)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n position(s); a closed ring needs at least 4</source>
        <translation>
            <numerusform>%1 tem %n posição; um anel fechado precisa de pelo menos 4</numerusform>
            <numerusform>%1 tem %n posições; um anel fechado precisa de pelo menos 4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not closed (its last position must repeat its first)</source>
        <translation>%1 não está fechado (a sua última posição deve repetir a primeira)</translation>
    </message>
    <message>
        <source>This is not a CSV table: the first line has a single column.</source>
        <translation>Isto não é uma tabela CSV: a primeira linha tem uma só coluna.</translation>
    </message>
    <message>
        <source>The column mapping names columns the file does not have: %1 (its columns: %2).</source>
        <translation>O mapeamento de colunas indica colunas que o documento não tem: %1 (as suas colunas: %2).</translation>
    </message>
    <message>
        <source>No column with the service&apos;s name (looked for %1); map one with name=COLUMN.</source>
        <translation>Nenhuma coluna com o nome do serviço (nomes procurados: %1); indique uma com name=COLUNA.</translation>
    </message>
    <message>
        <source>No coordinate columns (looked for %1 and %2, a “lat,lon” column such as %3, or a geometry column); map them with lat=COLUMN,lon=COLUMN.</source>
        <translation>Nenhuma coluna de coordenadas (procuradas %1 e %2, uma coluna “lat,lon” como %3, ou uma coluna de geometria); indique-as com lat=COLUNA,lon=COLUNA.</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>a linha tem %1 campos e o cabeçalho tem %2</translation>
    </message>
    <message>
        <source>The coordinates are in %1, not in WGS 84 longitude and latitude as GeoJSON (RFC 7946) requires; convert the file first (for example ogr2ogr -t_srs EPSG:4326).</source>
        <translation>As coordenadas estão em %1, não em longitude e latitude WGS 84 como exige o GeoJSON (RFC 7946); converta primeiro o documento (por exemplo, ogr2ogr -t_srs EPSG:4326).</translation>
    </message>
    <message>
        <source>The FeatureCollection has no “features” array.</source>
        <translation>A FeatureCollection não tem o array “features”.</translation>
    </message>
    <message>
        <source>The file holds no features.</source>
        <translation>O documento não contém nenhum elemento.</translation>
    </message>
    <message>
        <source>not a GeoJSON Feature</source>
        <translation>não é uma Feature GeoJSON</translation>
    </message>
    <message>
        <source>The JSON holds neither GeoJSON nor FIWARE NGSI-v2 entities (objects with “id” and “type”).</source>
        <translation>O JSON não contém nem GeoJSON nem entidades FIWARE NGSI-v2 (objetos com “id” e “type”).</translation>
    </message>
    <message>
        <source>not an entity (no “id” and “type”)</source>
        <translation>não é uma entidade (não tem “id” e “type”)</translation>
    </message>
    <message>
        <source>The file is named .%1 but is not JSON (it does not start with “{” or “[”).</source>
        <translation>O documento tem a extensão .%1 mas não é JSON (não começa com “{” nem “[”).</translation>
    </message>
    <message>
        <source>The file is named .%1 but holds JSON; name it .geojson or .json to import it as GeoJSON or FIWARE entities.</source>
        <translation>O documento tem a extensão .%1 mas contém JSON; mude-a para .geojson ou .json para o importar como GeoJSON ou entidades FIWARE.</translation>
    </message>
    <message>
        <source>The file starts like JSON but is not valid JSON: %1 at character %2.</source>
        <translation>O documento começa como JSON mas não é JSON válido: %1 na posição %2.</translation>
    </message>
    <message>
        <source>The file is a bare %1 geometry, with no properties to give the service&apos;s name; wrap it in a Feature that has them.</source>
        <translation>O documento é uma geometria %1 isolada, sem propriedades que deem o nome do serviço; coloque-a dentro de uma Feature que as tenha.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sem nome</translation>
    </message>
    <message>
        <source>“%1” is not a GeoJSON geometry</source>
        <translation>“%1” não é uma geometria GeoJSON</translation>
    </message>
    <message>
        <source>“%1” is neither a GeoJSON geometry nor a WKT POINT</source>
        <translation>“%1” não é nem uma geometria GeoJSON nem um POINT WKT</translation>
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
        <source>no coordinates</source>
        <translation>sem coordenadas</translation>
    </message>
    <message>
        <source>the coordinates are not finite numbers</source>
        <translation>as coordenadas não são números finitos</translation>
    </message>
    <message>
        <source>“%1” is not a status (open, limited or closed; abierto, limitado, cerrado; aberto, limitado, fechado)</source>
        <translation>“%1” não é um estado (open, limited ou closed; abierto, limitado, cerrado; aberto, limitado, fechado)</translation>
    </message>
    <message>
        <source>“%1” are not opening hours (%2); stored as not reported</source>
        <translation>“%1” não é um horário (%2); armazenado como não notificado</translation>
    </message>
    <message>
        <source>“%1” is not a capacity (a whole number, 0 or more); stored as not reported</source>
        <translation>“%1” não é uma capacidade (um número inteiro, 0 ou mais); armazenada como não notificada</translation>
    </message>
    <message>
        <source>%1 is not a position on Earth; read as latitude %2, longitude %3 (the two were the other way round)</source>
        <translation>%1 não é uma posição na Terra; lida como latitude %2, longitude %3 (estavam invertidas)</translation>
    </message>
    <message>
        <source>%1 is not a position on Earth (latitude -90..90, longitude -180..180; projected coordinates, in metres?)</source>
        <translation>%1 não é uma posição na Terra (latitude -90..90, longitude -180..180; coordenadas projetadas, em metros?)</translation>
    </message>
    <message>
        <source>%1 is %2 km from the file&apos;s other services; imported as given, check it</source>
        <translation>%1 está a %2 km dos outros serviços do documento; importado tal como vinha, verifique-o</translation>
    </message>
    <message>
        <source>%1 is %2 km outside the city; imported as given, check it</source>
        <translation>%1 está %2 km fora da cidade; importado tal como vinha, verifique-o</translation>
    </message>
    <message>
        <source>The store has no city boundary yet; locations were checked against the middle of the file&apos;s own services.</source>
        <translation>O armazenamento ainda não tem o limite da cidade; as localizações foram comparadas com o centro dos próprios serviços do documento.</translation>
    </message>
    <message>
        <source>The file mixes keyValues and normalized entities; both were read.</source>
        <translation>Os dados misturam entidades keyValues e normalized; os dois tipos foram lidos.</translation>
    </message>
    <message>
        <source>Entities of type %1 were read as points of interest.</source>
        <translation>As entidades do tipo %1 foram lidas como pontos de interesse.</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Não importados: %1.</translation>
    </message>
    <message>
        <source>“%1” is not field=COLUMN (fields: %2).</source>
        <translation>“%1” não é campo=COLUNA (campos: %2).</translation>
    </message>
    <message>
        <source>“%1” is not a field; the fields are %2.</source>
        <translation>“%1” não é um campo; os campos são %2.</translation>
    </message>
    <message>
        <source>the field %1 is mapped to no column.</source>
        <translation>o campo %1 não está associado a nenhuma coluna.</translation>
    </message>
    <message>
        <source>the field %1 is mapped twice.</source>
        <translation>o campo %1 está associado duas vezes.</translation>
    </message>
    <message>
        <source>the mapping is empty; write field=COLUMN,... (fields: %1).</source>
        <translation>o mapeamento está vazio; escreva campo=COLUNA,... (campos: %1).</translation>
    </message>
    <message>
        <source>The category “%1” cannot be used: %2.</source>
        <translation>Não é possível usar a categoria “%1”: %2.</translation>
    </message>
    <message>
        <source>GeoJSON, CSV or JSON</source>
        <translation>GeoJSON, CSV ou JSON</translation>
    </message>
    <message>
        <source>The column mapping names properties no record has: %1.</source>
        <translation>O mapeamento de colunas indica propriedades que nenhum elemento tem: %1.</translation>
    </message>
    <message>
        <source>The store cannot be read: %1.</source>
        <translation>Não é possível ler o armazenamento: %1.</translation>
    </message>
    <message>
        <source>The category “%1” cannot be created: the store has %2 categories already, as many as the map can tell apart.</source>
        <translation>Não é possível criar a categoria “%1”: o armazenamento já tem %2 categorias, tantas quantas o mapa consegue distinguir.</translation>
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
        <source>Imported %1 into the new category “%2” (%3).</source>
        <translation>%1 importado para a nova categoria “%2” (%3).</translation>
    </message>
    <message>
        <source>Imported %1 into “%2” (%3).</source>
        <translation>%1 importado para “%2” (%3).</translation>
    </message>
    <message>
        <source>Rows read: %1. New: %2, updated: %3, unchanged: %4, skipped: %5.</source>
        <translation>Linhas lidas: %1. Novas: %2, atualizadas: %3, sem alterações: %4, ignoradas: %5.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>entity %1</source>
        <translation>entidade %1</translation>
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
        <translation>Ignorados:</translation>
    </message>
    <message>
        <source>Imported with a value left out:</source>
        <translation>Importados com um valor descartado:</translation>
    </message>
    <message>
        <source>Imported, location to check:</source>
        <translation>Importados, localização a verificar:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>latitude %1, longitude %2 is %3 km from the file&apos;s other services, but among them with the two swapped; read as latitude %2, longitude %1</source>
        <translation>latitude %1, longitude %2 está a %3 km dos outros serviços do documento, mas fica entre eles com as duas trocadas; lida como latitude %2, longitude %1</translation>
    </message>
    <message>
        <source>latitude %1, longitude %2 is %3 km outside the city, but inside it with the two swapped; read as latitude %2, longitude %1</source>
        <translation>latitude %1, longitude %2 está %3 km fora da cidade, mas fica dentro dela com as duas trocadas; lida como latitude %2, longitude %1</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>linhas %1</translation>
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
        <translation>o mesmo serviço (mesmo nome e local) que %1, que foi mantido</translation>
    </message>
    <message>
        <source>the same external id “%1” as %2, which was kept</source>
        <translation>o mesmo identificador externo “%1” que %2, que foi mantido</translation>
    </message>
    <message>
        <source>matches the same stored service as %1, which was kept</source>
        <translation>corresponde ao mesmo serviço guardado que %1, que foi mantido</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) give a post code other than that of the post-code area they lie in (%1); the post code given was kept.</source>
        <translation>
            <numerusform>%n serviço indica um código postal diferente do da área postal em que está (%1); o código indicado foi mantido.</numerusform>
            <numerusform>%n serviços indicam um código postal diferente do da área postal em que estão (%1); o código indicado foi mantido.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceLayerList</name>
    <message>
        <source>Service layers</source>
        <translation>Camadas de serviços</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>Mostrar %1 no mapa</translation>
    </message>
    <message numerus="yes">
        <source>%n in view</source>
        <translation>
            <numerusform>%n visível</numerusform>
            <numerusform>%n visíveis</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in view of %2 in the city</source>
        <translation>%1 visíveis de %2 na cidade</translation>
    </message>
    <message>
        <source>Counts are services in view. Map marks: filled open, half-filled limited, hollow with a bar closed; rings around numbers split a cluster by status.</source>
        <translation>As contagens são serviços visíveis. Marcas no mapa: cheia, aberto; meio cheia, limitado; vazia com uma barra, fechado; os anéis em torno dos números dividem um grupo por estado.</translation>
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
        <translation>Nenhum aberto a esta hora</translation>
    </message>
    <message numerus="yes">
        <source>Post code %1: %n service(s)</source>
        <translation>
            <numerusform>Código postal %1: %n serviço</numerusform>
            <numerusform>Código postal %1: %n serviços</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the post code</source>
        <translation>Fechar o código postal</translation>
    </message>
    <message>
        <source>Nearest open pharmacy from its centre</source>
        <translation>Farmácia aberta mais próxima do seu centro</translation>
    </message>
    <message>
        <source>Nearest open health centre from its centre</source>
        <translation>Centro de saúde aberto mais próximo do seu centro</translation>
    </message>
    <message>
        <source>Services of post code %1</source>
        <translation>Serviços do código postal %1</translation>
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
        <translation>Pesquisar serviço, endereço ou código postal</translation>
    </message>
    <message>
        <source>Find a service by name, address or post code</source>
        <translation>Pesquisar um serviço por nome, endereço ou código postal</translation>
    </message>
    <message>
        <source>No service or post code matches “%1”.</source>
        <translation>Nenhum serviço nem código postal corresponde a “%1”.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message numerus="yes">
        <source>Post code %1, %n service(s)</source>
        <translation>
            <numerusform>Código postal %1, %n serviço</numerusform>
            <numerusform>Código postal %1, %n serviços</numerusform>
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
            <numerusform>%n serviço: destacar a área e mostrá-lo</numerusform>
            <numerusform>%n serviços: destacar a área e listá-los</numerusform>
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
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechado</translation>
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
        <translation>Farmácias</translation>
    </message>
    <message>
        <source>Supermarkets</source>
        <translation>Supermercados</translation>
    </message>
    <message>
        <source>Health centres</source>
        <translation>Centros de saúde</translation>
    </message>
    <message>
        <source>Elderly homes</source>
        <translation>Lares de idosos</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Serviços sociais</translation>
    </message>
    <message>
        <source>Benches</source>
        <translation>Bancos</translation>
    </message>
    <message>
        <source>Recreational areas</source>
        <translation>Áreas de lazer</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>horário</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacidade</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>não notificado</translation>
    </message>
    <message>
        <source>Cannot change the %1 of service %2: the change does not say who makes it.</source>
        <translation>Não é possível alterar o campo %1 do serviço %2: a alteração não indica quem a faz.</translation>
    </message>
    <message>
        <source>Cannot change the %1 of service %2: the change has no valid time.</source>
        <translation>Não é possível alterar o campo %1 do serviço %2: a alteração não tem uma data e hora válidas.</translation>
    </message>
    <message>
        <source>Cannot change the %1 of service %2: the store cannot be read (%3).</source>
        <translation>Não é possível alterar o campo %1 do serviço %2: não é possível ler o armazenamento (%3).</translation>
    </message>
    <message>
        <source>Cannot change the %1 of service %2: there is no such service.</source>
        <translation>Não é possível alterar o campo %1 do serviço %2: esse serviço não existe.</translation>
    </message>
    <message>
        <source>Cannot undo change #%1: the %2 of &quot;%3&quot; has changed again since; it is now %4.</source>
        <translation>Não é possível desfazer a alteração #%1: o campo %2 de &quot;%3&quot; voltou a mudar desde então; agora é %4.</translation>
    </message>
    <message>
        <source>Cannot change the %1 of &quot;%2&quot;: the store refused it (%3).</source>
        <translation>Não é possível alterar o campo %1 de &quot;%2&quot;: o armazenamento recusou a alteração (%3).</translation>
    </message>
    <message>
        <source>Cannot change the %1 of &quot;%2&quot;: the audit log refused the entry (%3), so nothing was changed.</source>
        <translation>Não é possível alterar o campo %1 de &quot;%2&quot;: o histórico de auditoria recusou a entrada (%3), por isso nada foi alterado.</translation>
    </message>
    <message>
        <source>Cannot change the %1 of service %2: the store could not save it (%3).</source>
        <translation>Não é possível alterar o campo %1 do serviço %2: o armazenamento não conseguiu guardar a alteração (%3).</translation>
    </message>
    <message>
        <source>Status &apos;%1&apos; refused: a service&apos;s status is open, limited or closed.</source>
        <translation>Estado &apos;%1&apos; recusado: o estado de um serviço é open, limited ou closed.</translation>
    </message>
    <message>
        <source>Opening hours &apos;%1&apos; refused: %2.</source>
        <translation>Horário &apos;%1&apos; recusado: %2.</translation>
    </message>
    <message>
        <source>Capacity %1 refused: a capacity cannot be negative.</source>
        <translation>Capacidade %1 recusada: uma capacidade não pode ser negativa.</translation>
    </message>
    <message>
        <source>Cannot undo change #%1: there is no such change.</source>
        <translation>Não é possível desfazer a alteração #%1: essa alteração não existe.</translation>
    </message>
    <message>
        <source>Cannot undo change #%1: it is not an edit of a service&apos;s status, hours, notes or capacity.</source>
        <translation>Não é possível desfazer a alteração #%1: não é uma edição do estado, do horário, das notas ou da capacidade de um serviço.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>tem mais de %1 caracteres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not a lowercase letter, a digit or &apos;-&apos;</source>
        <translation>&apos;%1&apos; na posição %2 não é uma letra minúscula, um dígito nem &apos;-&apos;</translation>
    </message>
    <message>
        <source>it starts or ends with &apos;-&apos;</source>
        <translation>começa ou termina com &apos;-&apos;</translation>
    </message>
    <message>
        <source>it has two &apos;-&apos; in a row</source>
        <translation>tem dois &apos;-&apos; seguidos</translation>
    </message>
    <message>
        <source>Category slug &apos;%1&apos; refused: %2.</source>
        <translation>Identificador de categoria &apos;%1&apos; recusado: %2.</translation>
    </message>
    <message>
        <source>Category &apos;%1&apos; refused: the store has %2 categories already, as many as the map can tell apart.</source>
        <translation>Categoria &apos;%1&apos; recusada: o armazenamento já tem %2 categorias, tantas quantas o mapa consegue distinguir.</translation>
    </message>
    <message>
        <source>Category &apos;%1&apos; could not be saved: %2.</source>
        <translation>Não foi possível guardar a categoria &apos;%1&apos;: %2.</translation>
    </message>
</context>
<context>
    <name>ServiceTransfer</name>
    <message>
        <source>Import and export services</source>
        <translation>Importar e exportar serviços</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Importar e exportar</translation>
    </message>
    <message>
        <source>Category to import into (a new slug creates it)</source>
        <translation>Categoria de destino (um identificador novo cria uma categoria)</translation>
    </message>
    <message>
        <source>Category to import into</source>
        <translation>Categoria de destino</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import services from a GeoJSON, CSV or FIWARE file into %1</source>
        <translation>Importar serviços de um arquivo GeoJSON, CSV ou FIWARE para %1</translation>
    </message>
    <message>
        <source>GeoJSON points or areas, CSV with coordinates (UTF-8 or Latin-1), or FIWARE NGSI-v2 JSON</source>
        <translation>Pontos ou áreas GeoJSON, CSV com coordenadas (UTF-8 ou Latin-1) ou JSON FIWARE NGSI-v2</translation>
    </message>
    <message>
        <source>Import services into %1</source>
        <translation>Importar serviços para %1</translation>
    </message>
    <message>
        <source>Service files (*.geojson *.json *.csv)</source>
        <translation>Arquivos de serviços (*.geojson *.json *.csv)</translation>
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
        <translation>Exportar o visível…</translation>
    </message>
    <message>
        <source>Export the services of the layers shown that are in view</source>
        <translation>Exportar os serviços visíveis das camadas mostradas</translation>
    </message>
    <message>
        <source>Export the services in view</source>
        <translation>Exportar os serviços visíveis</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Exportar seleção…</translation>
    </message>
    <message>
        <source>Export the selected service, or the services of the chosen post code</source>
        <translation>Exportar o serviço selecionado ou os serviços do código postal escolhido</translation>
    </message>
    <message>
        <source>Export the selection</source>
        <translation>Exportar a seleção</translation>
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
    <message>
        <source>Store: %1 · %2 (%3)</source>
        <translation>Armazenamento: %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>%1. Open the store settings</source>
        <translation>%1. Abrir as configurações do armazenamento</translation>
    </message>
    <message>
        <source>Which store is open, your role in it, and the store to open at the next start</source>
        <translation>Que armazenamento está aberto, a sua função nele e o armazenamento a abrir no próximo início</translation>
    </message>
</context>
<context>
    <name>StoreAccess</name>
    <message>
        <source>the store is not open</source>
        <translation>o armazenamento não está aberto</translation>
    </message>
    <message>
        <source>cannot ask the store %1 what this role may do (%2)</source>
        <translation>não é possível consultar o armazenamento %1 sobre o que esta função pode fazer (%2)</translation>
    </message>
    <message>
        <source>the store %1 has no table service_point in this connection&apos;s schema</source>
        <translation>o armazenamento %1 não tem a tabela service_point no esquema desta conexão</translation>
    </message>
    <message>
        <source>viewer</source>
        <comment>store role</comment>
        <translation>leitor</translation>
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
        <translation>proprietário</translation>
    </message>
    <message>
        <source>no role</source>
        <comment>store role</comment>
        <translation>sem função</translation>
    </message>
    <message>
        <source>changing services</source>
        <translation>alterar os serviços</translation>
    </message>
    <message>
        <source>writing notes</source>
        <translation>escrever notas</translation>
    </message>
    <message>
        <source>acknowledging and commenting alerts</source>
        <translation>confirmar e comentar alertas</translation>
    </message>
    <message>
        <source>recording briefings</source>
        <translation>registrar boletins de situação</translation>
    </message>
    <message>
        <source>adding service categories</source>
        <translation>adicionar categorias de serviço</translation>
    </message>
    <message>
        <source>changing the city&apos;s places, feeds and settings</source>
        <translation>alterar os locais, as fontes e as configurações da cidade</translation>
    </message>
    <message>
        <source>Your database role may not do this in this store: %1 needs the %2 role; ask an administrator.</source>
        <translation>A sua função de base de dados não pode fazer isto neste armazenamento: %1 requer a função %2; consulte um administrador.</translation>
    </message>
    <message>
        <source>Your database role &apos;%1&apos; may only view this store: %2 needs the %3 role; ask an administrator.</source>
        <translation>A sua função de base de dados «%1» só pode ver este armazenamento: %2 requer a função %3; consulte um administrador.</translation>
    </message>
    <message>
        <source>Your database role &apos;%1&apos; has no Atalaya role in this store: %2 needs the %3 role; ask an administrator.</source>
        <translation>A sua função de base de dados «%1» não tem nenhuma função do Atalaya neste armazenamento: %2 requer a função %3; consulte um administrador.</translation>
    </message>
    <message>
        <source>Your database role &apos;%1&apos; has the %2 role in this store: %3 needs the %4 role; ask an administrator.</source>
        <translation>A sua função de base de dados «%1» tem a função %2 neste armazenamento: %3 requer a função %4; consulte um administrador.</translation>
    </message>
    <message>
        <source>Your database role &apos;%1&apos; has the %2 role in this store, yet the store refused %3 (%4); ask an administrator to check the store&apos;s grants.</source>
        <translation>A sua função de base de dados «%1» tem a função %2 neste armazenamento, mas o armazenamento não permitiu %3 (%4); peça a um administrador que verifique as permissões concedidas no armazenamento.</translation>
    </message>
    <message>
        <source>storing sensors and their readings</source>
        <translation>gravar sensores e as suas leituras</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>the tables %1 reference each other, so none of them can be filled first</source>
        <translation>as tabelas %1 referenciam-se umas às outras, por isso nenhuma delas pode ser preenchida primeiro</translation>
    </message>
    <message>
        <source>cannot read the table %1 of the source (%2)</source>
        <translation>não é possível ler a tabela %1 da origem (%2)</translation>
    </message>
    <message>
        <source>the target refused rows %1 to %2 of the table %3 (%4)</source>
        <translation>o destino recusou as linhas %1 a %2 da tabela %3 (%4)</translation>
    </message>
    <message>
        <source>the store in memory</source>
        <translation>o armazenamento em memória</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2: both stores must be open.</source>
        <translation>Não é possível copiar %1 para %2: ambos os armazenamentos devem estar abertos.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into itself: give a new, empty store as the target.</source>
        <translation>Não é possível copiar %1 para si mesmo: indique como destino um armazenamento novo e vazio.</translation>
    </message>
    <message>
        <source>Cannot copy %1 (schema %2) into %3 (schema %4): open both with the same Atalaya so that they are at the same schema.</source>
        <translation>Não é possível copiar %1 (esquema %2) para %3 (esquema %4): abra ambos com a mesma versão do Atalaya para que tenham o mesmo esquema.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Não é possível ler %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the tables of %1: %2.</source>
        <translation>Não é possível ler as tabelas de %1: %2.</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2.</source>
        <translation>Não é possível copiar %1: %2.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2: the target has no table %3.</source>
        <translation>Não é possível copiar %1 para %2: o destino não tem a tabela %3.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2: the table %3 of the target has no column %4.</source>
        <translation>Não é possível copiar %1 para %2: a tabela %3 do destino não tem a coluna %4.</translation>
    </message>
    <message>
        <source>Cannot check that %1 is empty: %2.</source>
        <translation>Não é possível verificar se %1 está vazio: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n linha</numerusform>
            <numerusform>%1: %n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: rows changed since the store was made</source>
        <translation>%1: linhas alteradas desde a criação do armazenamento</translation>
    </message>
    <message>
        <source>Cannot copy into %1: it already holds data (%2). It was left untouched; copy into a new, empty store: a file name that does not exist yet, or a PostgreSQL database just made for it (createdb --owner=ROLE NAME).</source>
        <translation>Não é possível copiar para %1: já contém dados (%2). Não foi alterado; copie para um armazenamento novo e vazio: um nome de arquivo que ainda não exista ou uma base de dados PostgreSQL acabada de criar para esse fim (createdb --owner=PAPEL NOME).</translation>
    </message>
    <message>
        <source>Cannot count the rows of %1 in %2: %3.</source>
        <translation>Não é possível contar as linhas de %1 em %2: %3.</translation>
    </message>
    <message>
        <source>cannot clear the table %1 of the target (%2)</source>
        <translation>não é possível esvaziar a tabela %1 do destino (%2)</translation>
    </message>
    <message>
        <source>the row counts of the table %1 differ: %2 in the source, %3 in the target after the copy</source>
        <translation>o número de linhas da tabela %1 não coincide: %2 na origem, %3 no destino após a cópia</translation>
    </message>
    <message>
        <source>cannot move the id sequences past the copied ids (%1)</source>
        <translation>não é possível avançar as sequências de id para além dos id copiados (%1)</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2: %3. Nothing was copied; the target is as empty as before.</source>
        <translation>Não é possível copiar %1 para %2: %3. Nada foi copiado; o destino continua tão vazio como antes.</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Saved. Atalaya opens this store at its next start.</source>
        <translation>Gravado. O Atalaya abrirá este armazenamento no próximo início.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Armazenamento</translation>
    </message>
    <message>
        <source>Open now: %1 (%2)</source>
        <translation>Aberto agora: %1 (%2)</translation>
    </message>
    <message>
        <source>Connected as %1, role: %2.</source>
        <translation>Conectado como %1, função: %2.</translation>
    </message>
    <message>
        <source>You may change everything, feeds and rules included.</source>
        <translation>Pode alterar tudo, incluindo as fontes e as regras.</translation>
    </message>
    <message>
        <source>You may change services and notes and acknowledge alerts.</source>
        <translation>Pode alterar serviços e notas e confirmar alertas.</translation>
    </message>
    <message>
        <source>You may view this store but not change it.</source>
        <translation>Pode ver este armazenamento, mas não alterá-lo.</translation>
    </message>
    <message>
        <source>Changes other workstations and the ingest service make show here as they are made.</source>
        <translation>As alterações feitas por outras estações de trabalho e pelo serviço de ingestão aparecem aqui à medida que são feitas.</translation>
    </message>
    <message>
        <source>A store file has one workstation: changes show as this desktop makes them.</source>
        <translation>Um arquivo de armazenamento tem uma só estação de trabalho: as alterações aparecem à medida que são feitas nesta estação.</translation>
    </message>
    <message>
        <source>Store to open at the next start</source>
        <translation>Armazenamento a abrir no próximo início</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/city, or a file path; empty: the embedded store</source>
        <translation>postgresql://usuário@host:5432/cidade, ou o caminho de um arquivo; vazio: o armazenamento integrado</translation>
    </message>
    <message>
        <source>Passwords are never saved here: put the password in ~/.pgpass (or the file PGPASSFILE names), or name a service from pg_service.conf with postgresql:///?service=NAME.</source>
        <translation>As senhas nunca são guardadas aqui: coloque a senha em ~/.pgpass (ou no arquivo indicado por PGPASSFILE), ou indique um serviço de pg_service.conf com postgresql:///?service=NOME.</translation>
    </message>
    <message>
        <source>Use the embedded store</source>
        <translation>Usar o armazenamento integrado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <source>Save the store to open at the next start</source>
        <translation>Gravar o armazenamento a abrir no próximo início</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Aberto agora: %1</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>The store URL contains a password parameter; Atalaya never keeps passwords in plain text. Remove it and put the password in ~/.pgpass (or the file PGPASSFILE names), or use a service file: postgresql:///?service=NAME.</source>
        <translation>O URL do armazenamento contém um parâmetro de senha; o Atalaya nunca guarda senhas em texto simples. Remova-o e coloque a senha em ~/.pgpass (ou no arquivo indicado por PGPASSFILE), ou use um arquivo de serviço: postgresql:///?service=NOME.</translation>
    </message>
    <message>
        <source>The store URL for user &quot;%1&quot; contains a password; Atalaya never keeps passwords in plain text. Remove it from the URL and put it in ~/.pgpass (or the file PGPASSFILE names), or use a service file: postgresql:///?service=NAME.</source>
        <translation>O URL do armazenamento para o usuário &quot;%1&quot; contém uma senha; o Atalaya nunca guarda senhas em texto simples. Remova-a do URL e coloque-a em ~/.pgpass (ou no arquivo indicado por PGPASSFILE), ou use um arquivo de serviço: postgresql:///?service=NOME.</translation>
    </message>
    <message>
        <source>The store URL %1 names several servers; Atalaya connects to one (put a load balancer or a service file in front of a cluster).</source>
        <translation>O URL do armazenamento %1 indica vários servidores; o Atalaya conecta-se a um só (coloque um balanceador de carga ou um arquivo de serviço à frente de um cluster).</translation>
    </message>
    <message>
        <source>The store URL %1 has an IPv6 address without its closing &apos;]&apos;.</source>
        <translation>O URL do armazenamento %1 tem um endereço IPv6 sem o &apos;]&apos; final.</translation>
    </message>
    <message>
        <source>The store URL %1 has text after the IPv6 address that is not a port.</source>
        <translation>O URL do armazenamento %1 tem, depois do endereço IPv6, um texto que não é uma porta.</translation>
    </message>
    <message>
        <source>The store URL %1 has the port &quot;%2&quot;; a port is a number from 1 to 65535.</source>
        <translation>O URL do armazenamento %1 tem a porta &quot;%2&quot;; uma porta é um número entre 1 e 65535.</translation>
    </message>
    <message>
        <source>The store URL %1 has the path &quot;/%2&quot;; it must be one database name, as in postgresql://host/atalaya.</source>
        <translation>O URL do armazenamento %1 tem o caminho &quot;/%2&quot;; deve ser um único nome de base de dados, como em postgresql://host/atalaya.</translation>
    </message>
    <message>
        <source>The store URL %1 has a fragment (#...); a PostgreSQL URL has none.</source>
        <translation>O URL do armazenamento %1 tem um fragmento (#...); um URL do PostgreSQL não tem nenhum.</translation>
    </message>
    <message>
        <source>The store URL %1 has the parameter &quot;%2&quot; without a value; write name=value.</source>
        <translation>O URL do armazenamento %1 tem o parâmetro &quot;%2&quot; sem valor; escreva nome=valor.</translation>
    </message>
    <message>
        <source>The store URL %1 has the parameter &quot;%2&quot;, which is not a connection setting name.</source>
        <translation>O URL do armazenamento %1 tem o parâmetro &quot;%2&quot;, que não é o nome de nenhum parâmetro de conexão.</translation>
    </message>
    <message>
        <source>The store URL %1 has a &apos;;&apos; in the value of &quot;%2&quot;, which the PostgreSQL driver cannot pass on.</source>
        <translation>O URL do armazenamento %1 tem um &apos;;&apos; no valor de &quot;%2&quot;, que o driver do PostgreSQL não consegue transmitir.</translation>
    </message>
    <message>
        <source>the server of service &quot;%1&quot;</source>
        <translation>o servidor do serviço &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the local socket (port %1)</source>
        <translation>o socket local (porta %1)</translation>
    </message>
    <message>
        <source>the socket in %1 (port %2)</source>
        <translation>o socket em %1 (porta %2)</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 (porta %2)</translation>
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
    <name>TrafficLightMarker</name>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Âmbar</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Vermelho</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechado</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sem dados</translation>
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
        <translation>Ativado</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvido</translation>
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
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>limite %1</translation>
    </message>
</context>
<context>
    <name>atalaya::AlertRulesModel</name>
    <message>
        <source>Threshold</source>
        <translation>Limiar</translation>
    </message>
    <message>
        <source>Rate of change</source>
        <translation>Taxa de variação</translation>
    </message>
    <message>
        <source>No new data</source>
        <translation>Sem dados novos</translation>
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
        <translation>leituras de sensores</translation>
    </message>
    <message>
        <source>occupancy (%)</source>
        <translation>ocupação (%)</translation>
    </message>
    <message>
        <source>ICU beds free</source>
        <translation>leitos de UTI livres</translation>
    </message>
    <message>
        <source>ICU beds free (%)</source>
        <translation>leitos de UTI livres (%)</translation>
    </message>
    <message>
        <source>general beds free</source>
        <translation>leitos gerais livres</translation>
    </message>
    <message>
        <source>general beds free (%)</source>
        <translation>leitos gerais livres (%)</translation>
    </message>
    <message>
        <source>7-day incidence per 100,000</source>
        <translation>incidência a 7 dias por 100 000</translation>
    </message>
    <message>
        <source>14-day incidence per 100,000</source>
        <translation>incidência a 14 dias por 100 000</translation>
    </message>
    <message>
        <source>7-day average of new cases</source>
        <translation>média de 7 dias de casos novos</translation>
    </message>
    <message>
        <source>test positivity (%)</source>
        <translation>positividade dos testes (%)</translation>
    </message>
    <message>
        <source>%1 above %2</source>
        <translation>%1 acima de %2</translation>
    </message>
    <message>
        <source>%1 below %2</source>
        <translation>%1 abaixo de %2</translation>
    </message>
    <message>
        <source>, clears at %1</source>
        <translation>, resolução em %1</translation>
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
            <numerusform>, dentro de uma área de %n ponto</numerusform>
            <numerusform>, dentro de uma área de %n pontos</numerusform>
        </translation>
    </message>
    <message>
        <source>, inside region %1</source>
        <translation>, dentro da região %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%1 rose by %2 within %n min</source>
        <translation>
            <numerusform>%1 subiu %2 em %n min</numerusform>
            <numerusform>%1 subiu %2 em %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fell by %2 within %n min</source>
        <translation>
            <numerusform>%1 desceu %2 em %n min</numerusform>
            <numerusform>%1 desceu %2 em %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no new %1 for %n min</source>
        <translation>
            <numerusform>sem dados novos de %1 durante %n min</numerusform>
            <numerusform>sem dados novos de %1 durante %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 unusually high (score %2 or more against the last %n weeks)</source>
        <translation>
            <numerusform>%1: valor anormalmente alto (pontuação de %2 ou mais em comparação com a %n semana anterior)</numerusform>
            <numerusform>%1: valor anormalmente alto (pontuação de %2 ou mais em comparação com as %n semanas anteriores)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 unusually low (score %2 or more against the last %n weeks)</source>
        <translation>
            <numerusform>%1: valor anormalmente baixo (pontuação de %2 ou mais em comparação com a %n semana anterior)</numerusform>
            <numerusform>%1: valor anormalmente baixo (pontuação de %2 ou mais em comparação com as %n semanas anteriores)</numerusform>
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
        <translation>Regra %1 “%2”</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regra %1</translation>
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
            <numerusform>%n alerta não confirmado</numerusform>
            <numerusform>%n alertas não confirmados</numerusform>
        </translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>O armazenamento não está aberto.</translation>
    </message>
    <message>
        <source>The time cursor shows a past moment: go live to acknowledge.</source>
        <translation>O cursor de tempo mostra um momento passado: volte ao vivo para confirmar.</translation>
    </message>
    <message>
        <source>The alert could not be acknowledged.</source>
        <translation>Não foi possível confirmar o alerta.</translation>
    </message>
    <message>
        <source>The time cursor shows a past moment: go live to comment.</source>
        <translation>O cursor de tempo mostra um momento passado: volte ao vivo para comentar.</translation>
    </message>
    <message>
        <source>Write a comment first.</source>
        <translation>Escreva primeiro um comentário.</translation>
    </message>
    <message>
        <source>The comment could not be stored.</source>
        <translation>Não foi possível guardar o comentário.</translation>
    </message>
    <message>
        <source>The alert rules file %1 could not be created: %2</source>
        <translation>Não foi possível criar o arquivo de regras de alerta %1: %2</translation>
    </message>
    <message>
        <source>Choose a rules file.</source>
        <translation>Escolha um arquivo de regras.</translation>
    </message>
    <message>
        <source>The rules file %1 could not be created: %2</source>
        <translation>Não foi possível criar o arquivo de regras %1: %2</translation>
    </message>
    <message>
        <source>%1 (field %2)</source>
        <translation>%1 (campo %2)</translation>
    </message>
    <message>
        <source>The rules file %1 could not be written.</source>
        <translation>Não foi possível gravar o arquivo de regras %1.</translation>
    </message>
    <message>
        <source>The rule “%1” is no longer in the rules file.</source>
        <translation>A regra “%1” já não está no arquivo de regras.</translation>
    </message>
    <message>
        <source>Choose a rule type.</source>
        <translation>Escolha um tipo de regra.</translation>
    </message>
    <message>
        <source>Choose a severity.</source>
        <translation>Escolha uma gravidade.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” não é um número</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>“%1” não é um número inteiro</translation>
    </message>
    <message>
        <source>“%1” is not a position “longitude latitude”</source>
        <translation>“%1” não é uma posição “longitude latitude”</translation>
    </message>
    <message>
        <source>“%1” is already the id of another rule</source>
        <translation>“%1” já é o id de outra regra</translation>
    </message>
    <message>
        <source>The alerts could not open the store: %1</source>
        <translation>Os alertas não conseguiram abrir o armazenamento: %1</translation>
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
        <translation>%1 é uma pasta; indique o caminho de um arquivo de armazenamento dentro dela (p. ex. %2).</translation>
    </message>
</context>
<context>
    <name>atalaya::BriefingExporter</name>
    <message>
        <source>A briefing is being written already; wait for it to finish.</source>
        <translation>Já está em curso a escrita de um boletim de situação; aguarde até que termine.</translation>
    </message>
    <message>
        <source>The paper &apos;%1&apos; is not offered; choose A4 or A3.</source>
        <translation>O papel «%1» não está disponível; escolha A4 ou A3.</translation>
    </message>
    <message>
        <source>The briefing can only be written to a file on this computer, not to &apos;%1&apos;.</source>
        <translation>O boletim de situação só pode ser escrito num arquivo deste computador, não em «%1».</translation>
    </message>
    <message>
        <source>The store is not open yet; try again once the dashboard has loaded.</source>
        <translation>O armazenamento ainda não está aberto; tente novamente quando o painel tiver sido carregado.</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Em inicialização</translation>
    </message>
    <message numerus="yes">
        <source>Briefing written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Boletim de situação escrito em %1 (%n página).</numerusform>
            <numerusform>Boletim de situação escrito em %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>The briefing was not written: %1</source>
        <translation>O boletim de situação não foi escrito: %1</translation>
    </message>
</context>
<context>
    <name>atalaya::BriefingWriter</name>
    <message numerus="yes">
        <source>City: new cases per day and 7-day average, last %n day(s)</source>
        <translation>
            <numerusform>Cidade: casos novos por dia e média de 7 dias, último %n dia</numerusform>
            <numerusform>Cidade: casos novos por dia e média de 7 dias, últimos %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>No epidemic figures reported up to this moment.</source>
        <translation>Não foram notificados números da epidemia até este momento.</translation>
    </message>
    <message>
        <source>New cases (bars)</source>
        <translation>Casos novos (barras)</translation>
    </message>
    <message>
        <source>7-day average (line)</source>
        <translation>Média de 7 dias (linha)</translation>
    </message>
    <message>
        <source>Data to %1: average %2</source>
        <translation>Dados até %1: média %2</translation>
    </message>
    <message>
        <source>Data to %1</source>
        <translation>Dados até %1</translation>
    </message>
    <message>
        <source>Districts: 14-day incidence per 100,000, to %1</source>
        <translation>Distritos: incidência a 14 dias por 100 000, até %1</translation>
    </message>
    <message>
        <source>Districts: 14-day incidence per 100,000</source>
        <translation>Distritos: incidência a 14 dias por 100 000</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message numerus="yes">
        <source>City: ICU beds occupied, last %n day(s)</source>
        <translation>
            <numerusform>Cidade: leitos de UTI ocupados, último %n dia</numerusform>
            <numerusform>Cidade: leitos de UTI ocupados, últimos %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>No ICU bed counts reported in these days.</source>
        <translation>Não foram notificadas contagens de leitos de UTI nestes dias.</translation>
    </message>
    <message>
        <source>Share of ICU beds occupied (reporting hospitals)</source>
        <translation>Proporção de leitos de UTI ocupados (hospitais com relatórios)</translation>
    </message>
    <message>
        <source>80 %: low availability above</source>
        <translation>80 %: acima, disponibilidade baixa</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2 % occupied, %3 of %4 beds free</source>
        <translation>%1: %2 % ocupado, %3 de %4 leitos livres</translation>
    </message>
    <message>
        <source>the store&apos;s basemap could not be read (%1).</source>
        <translation>não foi possível ler o mapa de base do armazenamento (%1).</translation>
    </message>
    <message>
        <source>the store&apos;s districts could not be read (%1).</source>
        <translation>não foi possível ler os distritos do armazenamento (%1).</translation>
    </message>
    <message>
        <source>7-day incidence per 100,000 (to %1)</source>
        <translation>Incidência a 7 dias por 100 000 (até %1)</translation>
    </message>
    <message>
        <source>7-day incidence per 100,000</source>
        <translation>Incidência a 7 dias por 100 000</translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation>De %1 a menos de %2</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <source>Hospitals: ICU availability</source>
        <translation>Hospitais: disponibilidade de UTI</translation>
    </message>
    <message>
        <source>High (under 25 % occupied)</source>
        <translation>Alta (menos de 25 % ocupado)</translation>
    </message>
    <message>
        <source>Medium (25 % to 80 %)</source>
        <translation>Média (de 25 % a 80 %)</translation>
    </message>
    <message>
        <source>Low (over 80 % occupied)</source>
        <translation>Baixa (mais de 80 % ocupado)</translation>
    </message>
    <message>
        <source>Crowding sites</source>
        <translation>Locais com medição de lotação</translation>
    </message>
    <message>
        <source>Green: room to spare</source>
        <translation>Verde: com margem de lotação</translation>
    </message>
    <message>
        <source>Amber: filling up</source>
        <translation>Âmbar: quase lotado</translation>
    </message>
    <message>
        <source>Red: crowded</source>
        <translation>Vermelho: lotado</translation>
    </message>
    <message>
        <source>Closed: access closed</source>
        <translation>Fechado: acesso fechado</translation>
    </message>
    <message>
        <source>No recent reading</source>
        <translation>Sem leitura recente</translation>
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
        <translation>Alerta aberto, numerado como em «Alertas abertos»</translation>
    </message>
    <message>
        <source>N1</source>
        <translation>N1</translation>
    </message>
    <message>
        <source>Operator note, numbered as in &quot;Operator notes&quot;</source>
        <translation>Nota do operador, numerada como em «Notas do operador»</translation>
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
        <translation>▲ Crítico</translation>
    </message>
    <message>
        <source>◆ Warning</source>
        <translation>◆ Aviso</translation>
    </message>
    <message>
        <source>● Information</source>
        <translation>● Informação</translation>
    </message>
    <message>
        <source>City as at %1 (newest data %2)</source>
        <translation>Situação da cidade em %1 (dados mais recentes: %2)</translation>
    </message>
    <message>
        <source>City as at %1 (no data in the store up to then)</source>
        <translation>Situação da cidade em %1 (sem dados no armazenamento até esse momento)</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>A cidade</translation>
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
        <translation>%1 · Boletim de situação · %2</translation>
    </message>
    <message>
        <source>%1 · Briefing</source>
        <translation>%1 · Boletim de situação</translation>
    </message>
    <message>
        <source>City as at %1</source>
        <translation>Situação da cidade em %1</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Boletim de situação</translation>
    </message>
    <message>
        <source>%1 portrait</source>
        <translation>%1 vertical</translation>
    </message>
    <message>
        <source>City as at</source>
        <translation>Situação da cidade</translation>
    </message>
    <message>
        <source>Newest data</source>
        <translation>Dados mais recentes</translation>
    </message>
    <message>
        <source>none up to then</source>
        <translation>nenhum até esse momento</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Data de geração</translation>
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
        <translation>Conteúdo: números-chave; alertas abertos (%1); notas do operador (%2); mapa; epidemia e hospitais. Os números são lidos do armazenamento tal como estavam no momento indicado acima; um número que ninguém notificou aparece como «sem dados», nunca como 0.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuação)</translation>
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
        <translation>Tendência</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Comparado com</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Data dos dados</translation>
    </message>
    <message>
        <source>%1 %2%3 %</source>
        <translation>%1 %2%3 %</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>estável</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>pior</translation>
    </message>
    <message>
        <source>better</source>
        <translation>melhor</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no trend</source>
        <translation>sem tendência</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Números-chave</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>The store holds no figures up to this moment.</source>
        <translation>O armazenamento não contém números até este momento.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>the city at %1</source>
        <translation>a cidade em %1</translation>
    </message>
    <message>
        <source>Epidemic and hospitals</source>
        <translation>Epidemia e hospitais</translation>
    </message>
    <message>
        <source>Epidemic</source>
        <translation>Epidemia</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Hospitais</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ativado</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>not on the map</source>
        <translation>não está no mapa</translation>
    </message>
    <message>
        <source>%1 · not on the map</source>
        <translation>%1 · não está no mapa</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertas abertos</translation>
    </message>
    <message>
        <source>at %1, most severe first</source>
        <translation>em %1, do mais grave ao menos grave</translation>
    </message>
    <message>
        <source>No alert was open at this moment.</source>
        <translation>Não havia nenhum alerta aberto neste momento.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validade</translation>
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
        <translation>de %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>até %1</translation>
    </message>
    <message>
        <source>until removed</source>
        <translation>até ser removida</translation>
    </message>
    <message>
        <source>Operator notes</source>
        <translation>Notas do operador</translation>
    </message>
    <message>
        <source>valid at %1</source>
        <translation>válidas em %1</translation>
    </message>
    <message>
        <source>No operator note was valid at this moment.</source>
        <translation>Não havia nenhuma nota do operador válida neste momento.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A moment in a briefing: %1 the date and time, %2 the time zone&apos;s abbreviation.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>cannot write the briefing to &apos;%1&apos;: the folder &apos;%2&apos; does not exist.</source>
        <translation>não é possível escrever o boletim de situação em «%1»: a pasta «%2» não existe.</translation>
    </message>
    <message>
        <source>Reading the store</source>
        <translation>Leitura do armazenamento</translation>
    </message>
    <message>
        <source>Drawing the pages</source>
        <translation>Desenho das páginas</translation>
    </message>
    <message>
        <source>cannot write the briefing to &apos;%1&apos;: %2.</source>
        <translation>não é possível escrever o boletim de situação em «%1»: %2.</translation>
    </message>
    <message>
        <source>%1 briefing, %2</source>
        <translation>Boletim de situação de %1, %2</translation>
    </message>
    <message>
        <source>Atalaya %1</source>
        <translation>Atalaya %1</translation>
    </message>
    <message>
        <source>cannot write the briefing to &apos;%1&apos;: the PDF could not be started.</source>
        <translation>não é possível escrever o boletim de situação em «%1»: não foi possível iniciar o PDF.</translation>
    </message>
    <message>
        <source>Recording the briefing</source>
        <translation>Gravação do boletim de situação</translation>
    </message>
    <message>
        <source>the briefing was written to &apos;%1&apos; but could not be recorded in the store %2.</source>
        <translation>o boletim de situação foi escrito em «%1», mas não foi possível gravá-lo no armazenamento %2.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
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
    <message>
        <source>Store unreachable since %1: reconnecting. The pages show the figures of then.</source>
        <translation>Armazenamento inacessível desde as %1: reconexão em curso. As páginas mostram os números desse momento.</translation>
    </message>
</context>
<context>
    <name>atalaya::EpidemicPanel</name>
    <message>
        <source>New cases</source>
        <translation>Casos novos</translation>
    </message>
    <message>
        <source>cases on the day</source>
        <translation>casos do dia</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>Média de 7 dias</translation>
    </message>
    <message>
        <source>cases a day</source>
        <translation>casos por dia</translation>
    </message>
    <message>
        <source>7-day incidence</source>
        <translation>Incidência 7 dias</translation>
    </message>
    <message>
        <source>per 100,000</source>
        <translation>por 100 000</translation>
    </message>
    <message>
        <source>14-day incidence</source>
        <translation>Incidência 14 dias</translation>
    </message>
    <message>
        <source>Test positivity</source>
        <translation>Positividade dos testes</translation>
    </message>
    <message>
        <source>% of tests, 7 days</source>
        <translation>% dos testes, 7 dias</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Testagem</translation>
    </message>
    <message>
        <source>tests per 100,000, 7 days</source>
        <translation>testes por 100 000, 7 dias</translation>
    </message>
    <message>
        <source>Recoveries</source>
        <translation>Recuperações</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>do dia</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Óbitos</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Casos ativos</translation>
    </message>
    <message>
        <source>cases − recoveries − deaths</source>
        <translation>casos − recuperações − óbitos</translation>
    </message>
    <message>
        <source>First dose</source>
        <translation>Primeira dose</translation>
    </message>
    <message>
        <source>% of residents</source>
        <translation>% de habitantes</translation>
    </message>
    <message>
        <source>Second dose</source>
        <translation>Segunda dose</translation>
    </message>
    <message>
        <source>Booster</source>
        <translation>Dose de reforço</translation>
    </message>
    <message>
        <source>Rate per 100,000</source>
        <translation>Taxa por 100 000</translation>
    </message>
    <message>
        <source>First doses</source>
        <translation>Primeiras doses</translation>
    </message>
    <message>
        <source>Second doses</source>
        <translation>Segundas doses</translation>
    </message>
    <message>
        <source>Boosters</source>
        <translation>Doses de reforço</translation>
    </message>
    <message>
        <source>Positivity (%)</source>
        <translation>Positividade (%)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Testes</translation>
    </message>
    <message>
        <source>%1, cumulative</source>
        <translation>%1, total acumulado</translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n days</source>
        <translation>
            <numerusform>%1 em %n dia</numerusform>
            <numerusform>%1 em %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the regions from the store.</source>
        <translation>Não foi possível ler as regiões do armazenamento.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n scheme(s) from %1.</source>
        <translation>
            <numerusform>%n esquema carregado de %1.</numerusform>
            <numerusform>%n esquemas carregados de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no schemes.</source>
        <translation>%1 não contém nenhum esquema.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risco: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>qualquer valor</translation>
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
        <translation>%1 ou mais</translation>
    </message>
    <message>
        <source>vs the 7 days before</source>
        <translation>face aos 7 dias anteriores</translation>
    </message>
    <message>
        <source>vs 7 days earlier</source>
        <translation>face a 7 dias antes</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>last reported %1</source>
        <translation>última notificação: %1</translation>
    </message>
    <message>
        <source>Partial: some days of the window were not reported</source>
        <translation>Parcial: alguns dias do período não foram notificados</translation>
    </message>
    <message>
        <source>Partial: not every neighbourhood reported</source>
        <translation>Parcial: nem todos os bairros notificaram</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>não publicado</translation>
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
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>risco %1</translation>
    </message>
    <message>
        <source>%1 residents per km²</source>
        <translation>%1 habitantes por km²</translation>
    </message>
    <message>
        <source>%1 % over 65</source>
        <translation>%1 % com mais de 65 anos</translation>
    </message>
    <message>
        <source>deprivation %1</source>
        <translation>privação %1</translation>
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
        <translation>Arquivo ou pasta</translation>
    </message>
    <message numerus="yes">
        <source>every %n s</source>
        <translation>
            <numerusform>a cada %n s</numerusform>
            <numerusform>a cada %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Em inicialização</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Ao vivo</translation>
    </message>
    <message>
        <source>Stale since %1</source>
        <translation>Desatualizada desde %1</translation>
    </message>
    <message>
        <source>Stale, no reading yet</source>
        <translation>Desatualizada, ainda sem leituras</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Com falhas</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
</context>
<context>
    <name>atalaya::FeedsPanel</name>
    <message>
        <source>The feeds could not open the store: %1</source>
        <translation>As fontes não conseguiram abrir o armazenamento: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n live</source>
        <translation>
            <numerusform>%n ao vivo</numerusform>
            <numerusform>%n ao vivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale since %1</source>
        <translation>
            <numerusform>%n desatualizada desde %1</numerusform>
            <numerusform>%n desatualizadas desde %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n desatualizada</numerusform>
            <numerusform>%n desatualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n com falhas</numerusform>
            <numerusform>%n com falhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n em pausa</numerusform>
            <numerusform>%n em pausa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starting</source>
        <translation>
            <numerusform>%n em inicialização</numerusform>
            <numerusform>%n em inicialização</numerusform>
        </translation>
    </message>
    <message>
        <source>Feeds: %1</source>
        <translation>Fontes: %1</translation>
    </message>
    <message>
        <source>The feed &quot;%1&quot; is no longer in the feeds file.</source>
        <translation>A fonte &quot;%1&quot; já não está no arquivo de fontes.</translation>
    </message>
    <message>
        <source>The feed could not be read back.</source>
        <translation>Não foi possível ler a fonte de novo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of another feed</source>
        <translation>&quot;%1&quot; já é o id de outra fonte</translation>
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
    <name>atalaya::Kpi</name>
    <message>
        <source>on the 7 days before</source>
        <translation>face aos 7 dias anteriores</translation>
    </message>
    <message>
        <source>a week before</source>
        <translation>uma semana antes</translation>
    </message>
    <message>
        <source>Some districts have not reported this window yet</source>
        <translation>Alguns distritos ainda não notificaram este período</translation>
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
        <source>14-day incidence</source>
        <translation>Incidência 14 dias</translation>
    </message>
    <message>
        <source>per 100,000</source>
        <translation>por 100 000</translation>
    </message>
    <message>
        <source>Test positivity, 7 days</source>
        <translation>Positividade dos testes, 7 dias</translation>
    </message>
    <message>
        <source>Fully vaccinated</source>
        <translation>Vacinação completa</translation>
    </message>
    <message>
        <source>beds free</source>
        <translation>leitos livres</translation>
    </message>
    <message>
        <source>a day before</source>
        <translation>um dia antes</translation>
    </message>
    <message>
        <source>No hospital has a current report</source>
        <translation>Nenhum hospital tem um relatório atual</translation>
    </message>
    <message>
        <source>of %1 beds in %2 hospitals, all reporting</source>
        <translation>de %1 leitos em %2 hospitais, todos com relatórios</translation>
    </message>
    <message>
        <source>of %1 beds in %2 hospitals reporting; %3 not counted (stale or no counts)</source>
        <translation>de %1 leitos em %2 hospitais com relatórios; %3 não contados (desatualizados ou sem contagens)</translation>
    </message>
    <message>
        <source>Intensive-care beds free</source>
        <translation>Leitos de UTI livres</translation>
    </message>
    <message>
        <source>General beds free</source>
        <translation>Leitos gerais livres</translation>
    </message>
    <message>
        <source>Crowded sites (red or closed)</source>
        <translation>Locais lotados (em vermelho ou fechados)</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>locais</translation>
    </message>
    <message>
        <source>same time a week before</source>
        <translation>à mesma hora uma semana antes</translation>
    </message>
    <message>
        <source>%1 of %2 sites reporting</source>
        <translation>%1 de %2 locais com leituras</translation>
    </message>
    <message>
        <source>Essential services closed or limited</source>
        <translation>Serviços essenciais fechados ou limitados</translation>
    </message>
    <message>
        <source>services</source>
        <translation>serviços</translation>
    </message>
    <message>
        <source>%1 closed, %2 limited, of %3 pharmacies, supermarkets and health centres</source>
        <translation>%1 fechados, %2 limitados, de %3 farmácias, supermercados e centros de saúde</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertas abertos</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>alertas</translation>
    </message>
    <message>
        <source>%1 critical</source>
        <translation>%1 críticos</translation>
    </message>
</context>
<context>
    <name>atalaya::NotesModel</name>
    <message>
        <source>From %1, until removed</source>
        <translation>Desde %1, até ser removida</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>point %1, %2</source>
        <translation>ponto %1, %2</translation>
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
        <translation>%1: “%2” não é uma data e hora; escreva-a como %3.</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida até</translation>
    </message>
    <message>
        <source>Notes cannot be saved: no store is open.</source>
        <translation>Não é possível guardar as notas: nenhum armazenamento está aberto.</translation>
    </message>
    <message>
        <source>Notes cannot be removed: no store is open.</source>
        <translation>Não é possível remover as notas: nenhum armazenamento está aberto.</translation>
    </message>
    <message>
        <source>Written by %1, %2</source>
        <translation>Escrita por %1, %2</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Alterada em %1</translation>
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
        <translation>%1 (bairro)</translation>
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
            <numerusform>Ocupação típica na %n semana anterior a %1</numerusform>
            <numerusform>Ocupação típica nas %n semanas anteriores a %1</numerusform>
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
        <translation>Praia</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Praça</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Estação</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parque</translation>
    </message>
    <message>
        <source>Car park</source>
        <translation>Estacionamento</translation>
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
        <translation>Notificado até %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Em %1</translation>
    </message>
    <message>
        <source>Unchanged since the briefing</source>
        <translation>Sem alterações desde o boletim de situação</translation>
    </message>
    <message>
        <source>%1 since the briefing (was %2)</source>
        <translation>%1 desde o boletim de situação (antes %2)</translation>
    </message>
</context>
<context>
    <name>atalaya::OverviewPanel</name>
    <message>
        <source>Low availability of general and intensive-care beds</source>
        <translation>Disponibilidade baixa de leitos gerais e de UTI</translation>
    </message>
    <message numerus="yes">
        <source>Low intensive-care availability: %n bed(s) free</source>
        <translation>
            <numerusform>Disponibilidade baixa de UTI: %n leito livre</numerusform>
            <numerusform>Disponibilidade baixa de UTI: %n leitos livres</numerusform>
        </translation>
    </message>
    <message>
        <source>Low intensive-care availability</source>
        <translation>Disponibilidade baixa de UTI</translation>
    </message>
    <message numerus="yes">
        <source>Low general-bed availability: %n bed(s) free</source>
        <translation>
            <numerusform>Disponibilidade baixa de leitos gerais: %n leito livre</numerusform>
            <numerusform>Disponibilidade baixa de leitos gerais: %n leitos livres</numerusform>
        </translation>
    </message>
    <message>
        <source>Low general-bed availability</source>
        <translation>Disponibilidade baixa de leitos gerais</translation>
    </message>
    <message>
        <source>Access closed: full</source>
        <translation>Acesso fechado: lotação esgotada</translation>
    </message>
    <message>
        <source>Crowded</source>
        <translation>Lotação</translation>
    </message>
    <message>
        <source>%1, %2 % of capacity</source>
        <translation>%1, %2 % da capacidade</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>No briefing recorded before this moment. &quot;Mark briefing given&quot; records the figures shown now.</source>
        <translation>Não há nenhum boletim de situação gravado antes deste momento. «Marcar boletim de situação como apresentado» grava os números mostrados agora.</translation>
    </message>
    <message>
        <source>Last briefing %1, on the figures at %2</source>
        <translation>Último boletim de situação: %1, sobre os números de %2</translation>
    </message>
    <message>
        <source>Last briefing %1 by %2, on the figures at %3</source>
        <translation>Último boletim de situação: %1, por %2, sobre os números de %3</translation>
    </message>
    <message>
        <source>No briefing recorded: the store is not open yet.</source>
        <translation>O boletim de situação não foi gravado: o armazenamento ainda não está aberto.</translation>
    </message>
    <message>
        <source>No briefing recorded: the store refused to write it (see the log).</source>
        <translation>O boletim de situação não foi gravado: o armazenamento recusou a escrita (consulte o log).</translation>
    </message>
    <message>
        <source>Briefing on the figures at %1 recorded; it counts from %2 on.</source>
        <translation>Boletim de situação sobre os números de %1 gravado; conta a partir de %2.</translation>
    </message>
    <message>
        <source>Briefing on the figures at %1 recorded.</source>
        <translation>Boletim de situação sobre os números de %1 gravado.</translation>
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
        <translation>Horário</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidade</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechado</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>não notificado</translation>
    </message>
</context>
<context>
    <name>atalaya::ServicePointLayer</name>
    <message>
        <source>Service points on the map</source>
        <translation>Pontos de serviço no mapa</translation>
    </message>
    <message numerus="yes">
        <source>%n service point(s) in view</source>
        <translation>
            <numerusform>%n ponto de serviço visível</numerusform>
            <numerusform>%n pontos de serviço visíveis</numerusform>
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
        <translation>nome</translation>
    </message>
    <message>
        <source>address</source>
        <translation>endereço</translation>
    </message>
    <message>
        <source>post code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Encontrado em: %1</translation>
    </message>
    <message>
        <source>Capacity &apos;%1&apos; refused: write a whole number of people, or nothing for not reported.</source>
        <translation>Capacidade &apos;%1&apos; recusada: escreva um número inteiro de pessoas, ou deixe vazio se não foi notificada.</translation>
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
        <translation>idosos</translation>
    </message>
    <message>
        <source>children</source>
        <translation>crianças</translation>
    </message>
    <message>
        <source>sport</source>
        <translation>exercício</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos os dias</translation>
    </message>
    <message>
        <source>%1 %2–%3: %4</source>
        <translation>%1 %2–%3: %4</translation>
    </message>
    <message>
        <source>The store is not open yet; nothing was imported.</source>
        <translation>O armazenamento ainda não está aberto; nada foi importado.</translation>
    </message>
    <message>
        <source>The store is not open yet; nothing was exported.</source>
        <translation>O armazenamento ainda não está aberto; nada foi exportado.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1 does not end in .geojson, .json or .csv, so its format is unknown.</source>
        <translation>Nada foi exportado: %1 não termina em .geojson, .json ou .csv, por isso o formato é desconhecido.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n service(s) to %1.</source>
        <translation>
            <numerusform>%n serviço escrito em %1.</numerusform>
            <numerusform>%n serviços escritos em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: there is no map view to take the services from.</source>
        <translation>Nada foi exportado: não há nenhuma vista de mapa de onde tirar os serviços.</translation>
    </message>
    <message>
        <source>Nothing was exported: the map has no view yet.</source>
        <translation>Nada foi exportado: o mapa ainda não tem vista.</translation>
    </message>
    <message>
        <source>Nothing was exported: no service of the layers shown is in view.</source>
        <translation>Nada foi exportado: nenhum serviço das camadas mostradas está visível.</translation>
    </message>
    <message>
        <source>Nothing was exported: choose a service or a post code first.</source>
        <translation>Nada foi exportado: escolha primeiro um serviço ou um código postal.</translation>
    </message>
</context>
<context>
    <name>atalaya::alerts::AlertEngine</name>
    <message>
        <source>The alert engine needs a store file; an in-memory store cannot be shared with a second connection.</source>
        <translation>O motor de alertas precisa de um arquivo de armazenamento; um armazenamento em memória não pode ser usado por uma segunda conexão.</translation>
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
        <translation>Lotação</translation>
    </message>
    <message>
        <source>Free ICU beds</source>
        <translation>Leitos de UTI livres</translation>
    </message>
    <message>
        <source>Free general beds</source>
        <translation>Leitos gerais livres</translation>
    </message>
    <message>
        <source>7-day incidence</source>
        <translation>Incidência 7 dias</translation>
    </message>
    <message>
        <source>14-day incidence</source>
        <translation>Incidência 14 dias</translation>
    </message>
    <message>
        <source>Daily cases (7-day average)</source>
        <translation>Casos diários (média de 7 dias)</translation>
    </message>
    <message>
        <source>Test positivity (7 days)</source>
        <translation>Positividade dos testes (7 dias)</translation>
    </message>
    <message>
        <source>People count</source>
        <translation>Contagem de pessoas</translation>
    </message>
    <message>
        <source>Occupied parking spots</source>
        <translation>Vagas de estacionamento ocupadas</translation>
    </message>
    <message>
        <source>Occupancy rate</source>
        <translation>Taxa de ocupação</translation>
    </message>
    <message>
        <source>Occupancy level</source>
        <translation>Nível de ocupação</translation>
    </message>
    <message>
        <source>Reading (%1)</source>
        <translation>Leitura (%1)</translation>
    </message>
    <message>
        <source>beds</source>
        <translation>leitos</translation>
    </message>
    <message>
        <source>per 100,000</source>
        <translation>por 100 000</translation>
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
        <translation>%1 dias</translation>
    </message>
    <message>
        <source>the area of “%1”</source>
        <translation>na área de “%1”</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>na região %1</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2 is %3, above %4 for at least %5.</source>
        <translation>%1 em %2 é %3, acima de %4 durante pelo menos %5.</translation>
    </message>
    <message>
        <source>%1 at %2 is %3, below %4 for at least %5.</source>
        <translation>%1 em %2 é %3, abaixo de %4 durante pelo menos %5.</translation>
    </message>
    <message>
        <source>%1 at %2 is %3, above %4 for %5.</source>
        <translation>%1 em %2 é %3, acima de %4 durante %5.</translation>
    </message>
    <message>
        <source>%1 at %2 is %3, below %4 for %5.</source>
        <translation>%1 em %2 é %3, abaixo de %4 durante %5.</translation>
    </message>
    <message>
        <source>%1 at %2 is %3, above %4.</source>
        <translation>%1 em %2 é %3, acima de %4.</translation>
    </message>
    <message>
        <source>%1 at %2 is %3, below %4.</source>
        <translation>%1 em %2 é %3, abaixo de %4.</translation>
    </message>
    <message>
        <source>%1 at %2 rose by %3 in %4, from %5 to %6.</source>
        <translation>%1 em %2 subiu %3 em %4, de %5 para %6.</translation>
    </message>
    <message>
        <source>%1 at %2 fell by %3 in %4, from %5 to %6.</source>
        <translation>%1 em %2 desceu %3 em %4, de %5 para %6.</translation>
    </message>
    <message>
        <source>No data from %1 for %2 (more than %3); the last reading was at %4 UTC.</source>
        <translation>Sem dados de %1 há %2 (mais de %3); a última leitura foi em %4 UTC.</translation>
    </message>
    <message>
        <source>beyond measure (no spread)</source>
        <translation>incalculável (sem dispersão)</translation>
    </message>
    <message>
        <source>%1 at %2 is %3, unusually high for a %4 at %5 (usual %6, z = %7).</source>
        <translation>%1 em %2 é %3, um valor anormalmente alto para o dia e a hora (%4, %5; habitual: %6, z = %7).</translation>
    </message>
    <message>
        <source>%1 at %2 is %3, unusually low for a %4 at %5 (usual %6, z = %7).</source>
        <translation>%1 em %2 é %3, um valor anormalmente baixo para o dia e a hora (%4, %5; habitual: %6, z = %7).</translation>
    </message>
</context>
<context>
    <name>atalaya::alerts::RulesFileText</name>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>deve ser texto</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>deve ser um número</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>deve ser um número inteiro</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <source>must be a list of [lon, lat] positions</source>
        <translation>deve ser uma lista de posições [lon, lat]</translation>
    </message>
    <message>
        <source>is not a field of a rule (the fields are: %1)</source>
        <translation>não é um campo de regra (os campos são: %1)</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos; (one of: threshold, rateOfChange, frozen, anomaly, geofence)</source>
        <translation>tipo desconhecido &apos;%1&apos; (valores possíveis: threshold, rateOfChange, frozen, anomaly, geofence)</translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos; (one of: info, warning, critical)</source>
        <translation>gravidade desconhecida &apos;%1&apos; (valores possíveis: info, warning, critical)</translation>
    </message>
    <message>
        <source>unknown direction &apos;%1&apos; (one of: above, below)</source>
        <translation>sentido desconhecido &apos;%1&apos; (valores possíveis: above, below)</translation>
    </message>
    <message>
        <source>rule %1 &apos;%2&apos;</source>
        <translation>regra %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>regra %1</translation>
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
        <translation>não pode estar vazio</translation>
    </message>
    <message>
        <source>unknown indicator &apos;%1&apos; (one of: %2)</source>
        <translation>indicador desconhecido &apos;%1&apos; (valores possíveis: %2)</translation>
    </message>
    <message>
        <source>must not be empty (&quot;*&quot; watches every subject)</source>
        <translation>não pode estar vazio (&quot;*&quot; vigia todos os elementos)</translation>
    </message>
    <message>
        <source>applies only to the indicator &apos;observation&apos;</source>
        <translation>só se aplica ao indicador &apos;observation&apos;</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>deve ser um número finito</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>não pode ser negativo</translation>
    </message>
    <message>
        <source>must not be above &apos;limit&apos; (%1): the rule fires above the limit and clears below it</source>
        <translation>não pode ser maior que &apos;limit&apos; (%1): a regra é acionada acima do limite e resolvida abaixo dele</translation>
    </message>
    <message>
        <source>must not be below &apos;limit&apos; (%1): the rule fires below the limit and clears above it</source>
        <translation>não pode ser menor que &apos;limit&apos; (%1): a regra é acionada abaixo do limite e resolvida acima dele</translation>
    </message>
    <message>
        <source>a geofence needs an &apos;area&apos; polygon or a &apos;regionCode&apos;</source>
        <translation>uma regra de área precisa de um polígono &apos;area&apos; ou de um &apos;regionCode&apos;</translation>
    </message>
    <message>
        <source>must have at least 3 positions, has %1</source>
        <translation>deve ter pelo menos 3 posições, tem %1</translation>
    </message>
    <message>
        <source>(%1, %2) is not a [lon, lat] position</source>
        <translation>(%1, %2) não é uma posição [lon, lat]</translation>
    </message>
    <message>
        <source>a geofence needs subjects with a place; &apos;%1&apos; is per region</source>
        <translation>uma regra de área precisa de elementos com localização; &apos;%1&apos; é por região</translation>
    </message>
    <message>
        <source>must be greater than 0 (the direction says rise or fall)</source>
        <translation>deve ser maior que 0 (o sentido indica se sobe ou desce)</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>deve ser pelo menos 1</translation>
    </message>
    <message>
        <source>must be at least 2, is %1</source>
        <translation>deve ser pelo menos 2, é %1</translation>
    </message>
    <message>
        <source>must be between 2 and &apos;weeks&apos; (%1)</source>
        <translation>deve estar entre 2 e &apos;weeks&apos; (%1)</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>deve ser maior que 0</translation>
    </message>
    <message>
        <source>an anomaly compares hours of the week: use &apos;observation&apos; or &apos;occupancy&apos;</source>
        <translation>uma regra de valor atípico compara horas da semana: use &apos;observation&apos; ou &apos;occupancy&apos;</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4</source>
        <translation>%1 não é JSON válido: %2 na linha %3, coluna %4</translation>
    </message>
    <message>
        <source>%1 is not a rules file: expected an object with &quot;version&quot; and &quot;rules&quot;</source>
        <translation>%1 não é um arquivo de regras: era esperado um objeto com &quot;version&quot; e &quot;rules&quot;</translation>
    </message>
    <message>
        <source>%1: must be %2 (this Atalaya reads rules files of version %2)</source>
        <translation>%1: deve ser %2 (esta versão do Atalaya lê arquivos de regras da versão %2)</translation>
    </message>
    <message>
        <source>%1: must be a list of rules</source>
        <translation>%1: deve ser uma lista de regras</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>is already the id of rule %1; ids must be unique</source>
        <translation>já é o id da regra %1; os ids devem ser únicos</translation>
    </message>
    <message>
        <source>Cannot read the rules file %1: %2</source>
        <translation>Não é possível ler o arquivo de regras %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the rules file %1: %2</source>
        <translation>Não é possível gravar o arquivo de regras %1: %2</translation>
    </message>
</context>
<context>
    <name>atalaya::feeds::Connector</name>
    <message>
        <source>Unreadable answer from %1: %2</source>
        <translation>Resposta ilegível de %1: %2</translation>
    </message>
    <message>
        <source>observed at %1, in the future; skipped</source>
        <translation>observada em %1, no futuro; ignorada</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s (timed out)</source>
        <translation>Sem resposta de %1 em %2 s (tempo limite esgotado)</translation>
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
        <translation>Não é possível conectar a %1: a conexão foi recusada (o servidor está em execução?)</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>%1 fechou a conexão sem responder</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the host name is not known</source>
        <translation>Não é possível conectar a %1: o nome do host é desconhecido</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>atalaya::feeds::FeedsFile</name>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
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
        <source>required, and missing</source>
        <translation>obrigatório e ausente</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>esperado um texto, encontrado %1</translation>
    </message>
    <message>
        <source>required, and empty</source>
        <translation>obrigatório e vazio</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation>esperado um número inteiro de %1 a %2, encontrado %3</translation>
    </message>
    <message>
        <source>expected a number above %1 and at most %2, found %3</source>
        <translation>esperado um número maior que %1 e no máximo %2, encontrado %3</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>esperado true ou false, encontrado %1</translation>
    </message>
    <message>
        <source>expected a list of texts, found %1</source>
        <translation>esperada uma lista de textos, encontrado %1</translation>
    </message>
    <message>
        <source>expected a non-empty text, found %1</source>
        <translation>esperado um texto não vazio, encontrado %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>expected an http:// or https:// address, found &quot;%1&quot;</source>
        <translation>esperado um endereço http:// ou https://, encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>esperado um objeto, encontrado %1</translation>
    </message>
    <message>
        <source>not a field of this kind of feed; ignored</source>
        <translation>não é um campo deste tipo de fonte; ignorado</translation>
    </message>
    <message>
        <source>expected json, csv, geojson or auto, found &quot;%1&quot;</source>
        <translation>esperado json, csv, geojson ou auto, encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected json, csv or geojson, found &quot;%1&quot;</source>
        <translation>esperado json, csv ou geojson, encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>latField and lonField go together; give both or neither</source>
        <translation>latField e lonField andam juntos; indique os dois ou nenhum</translation>
    </message>
    <message>
        <source>the mapping is not usable (see the problems above)</source>
        <translation>o mapeamento de campos não pode ser usado (veja os problemas acima)</translation>
    </message>
    <message>
        <source>expected a feed object, found %1</source>
        <translation>esperado um objeto de fonte, encontrado %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not usable: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; não pode ser usado: use letras, dígitos, &apos;-&apos;, &apos;_&apos; e &apos;.&apos;, começando por uma letra ou um dígito</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of an earlier feed</source>
        <translation>&quot;%1&quot; já é o id de uma fonte anterior</translation>
    </message>
    <message>
        <source>expected sentilo, ngsi, http or file, found &quot;%1&quot;</source>
        <translation>esperado sentilo, ngsi, http ou file, encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the retry policy is not usable (see the problems above)</source>
        <translation>a política de novas tentativas não pode ser usada (veja os problemas acima)</translation>
    </message>
    <message>
        <source>give identityKey or identityKeyEnv, not both</source>
        <translation>indique identityKey ou identityKeyEnv, não os dois</translation>
    </message>
    <message>
        <source>must start with &apos;/&apos;, found &quot;%1&quot;</source>
        <translation>deve começar com &apos;/&apos;, encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected keyValues or normalized, found &quot;%1&quot;</source>
        <translation>esperado keyValues ou normalized, encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an IP address such as 127.0.0.1, found &quot;%1&quot;</source>
        <translation>esperado um endereço IP como 127.0.0.1, encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a feed that does not poll needs a notificationPort to receive anything</source>
        <translation>uma fonte que não faz consultas periódicas precisa de um notificationPort para receber algo</translation>
    </message>
    <message>
        <source>required, and missing: an http feed needs at least sensorField and valueField</source>
        <translation>obrigatório e ausente: uma fonte http precisa de pelo menos sensorField e valueField</translation>
    </message>
    <message>
        <source>required, and missing: a file feed needs at least sensorField and valueField</source>
        <translation>obrigatório e ausente: uma fonte file precisa de pelo menos sensorField e valueField</translation>
    </message>
    <message>
        <source>feeds file</source>
        <translation>arquivo de fontes</translation>
    </message>
    <message>
        <source>feed %1</source>
        <translation>fonte %1</translation>
    </message>
    <message>
        <source>feed %1 (&quot;%2&quot;)</source>
        <translation>fonte %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1, field %2</source>
        <translation>%1, campo %2</translation>
    </message>
    <message>
        <source>%1: %2; the feed is skipped</source>
        <translation>%1: %2; a fonte é ignorada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not JSON: %1 at line %2, column %3</source>
        <translation>não é JSON: %1 na linha %2, coluna %3</translation>
    </message>
    <message>
        <source>version %1 is not a feeds file version this Atalaya reads (it reads version 1)</source>
        <translation>a versão %1 do arquivo de fontes não pode ser lida por esta versão do Atalaya (lê a versão 1)</translation>
    </message>
    <message>
        <source>expected an object with a &quot;feeds&quot; list, found no such list</source>
        <translation>esperado um objeto com uma lista &quot;feeds&quot;, essa lista não foi encontrada</translation>
    </message>
    <message>
        <source>not a field of the feeds file; ignored</source>
        <translation>não é um campo do arquivo de fontes; ignorado</translation>
    </message>
    <message>
        <source>expected an object with a &quot;feeds&quot; list</source>
        <translation>esperado um objeto com uma lista &quot;feeds&quot;</translation>
    </message>
    <message>
        <source>cannot read the feeds file %1: %2</source>
        <translation>não é possível ler o arquivo de fontes %1: %2</translation>
    </message>
    <message>
        <source>the feeds file %1 is %2</source>
        <translation>o arquivo de fontes %1 não é válido: %2</translation>
    </message>
    <message>
        <source>cannot write the feeds file %1: %2</source>
        <translation>não é possível escrever o arquivo de fontes %1: %2</translation>
    </message>
</context>
<context>
    <name>atalaya::feeds::FileConnector</name>
    <message>
        <source>Cannot read %1: there is no such file or folder</source>
        <translation>Não é possível ler %1: esse arquivo ou pasta não existe</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Unreadable file %1: %2</source>
        <translation>Arquivo ilegível %1: %2</translation>
    </message>
</context>
<context>
    <name>atalaya::feeds::MappedPayload</name>
    <message>
        <source>an ISO 8601 date and time</source>
        <translation>uma data e hora ISO 8601</translation>
    </message>
    <message>
        <source>seconds since 1970</source>
        <translation>segundos desde 1970</translation>
    </message>
    <message>
        <source>milliseconds since 1970</source>
        <translation>milissegundos desde 1970</translation>
    </message>
    <message>
        <source>a Sentilo timestamp (dd/MM/yyyyTHH:mm:ss)</source>
        <translation>uma marca temporal do Sentilo (dd/MM/yyyyTHH:mm:ss)</translation>
    </message>
    <message>
        <source>a date and time written %1</source>
        <translation>uma data e hora no formato %1</translation>
    </message>
    <message>
        <source>The record has no sensor code; it is skipped.</source>
        <translation>A entrada não tem código de sensor; é ignorada.</translation>
    </message>
    <message>
        <source>The record has no value; it is skipped.</source>
        <translation>A entrada não tem valor; é ignorada.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” não é um número.</translation>
    </message>
    <message>
        <source>The record has no time; it is skipped.</source>
        <translation>A entrada não tem data e hora; é ignorada.</translation>
    </message>
    <message>
        <source>“%1” is not %2.</source>
        <translation>“%1” não é %2.</translation>
    </message>
    <message>
        <source>“%1, %2” is not a latitude and longitude; the reading is kept without a location.</source>
        <translation>“%1, %2” não é uma latitude e longitude; a leitura é mantida sem localização.</translation>
    </message>
    <message>
        <source>The payload holds no records: it is a bare JSON value.</source>
        <translation>O conteúdo não tem entradas: é um valor JSON isolado.</translation>
    </message>
    <message>
        <source>The payload has no list of records at “%1”.</source>
        <translation>O conteúdo não tem uma lista de entradas em “%1”.</translation>
    </message>
    <message>
        <source>A record must be a JSON object; this one is skipped.</source>
        <translation>Cada entrada deve ser um objeto JSON; esta é ignorada.</translation>
    </message>
    <message>
        <source>This is not GeoJSON: it is neither a FeatureCollection nor a Feature.</source>
        <translation>Isto não é GeoJSON: não é nem uma FeatureCollection nem uma Feature.</translation>
    </message>
    <message>
        <source>The point is not [longitude, latitude] on the Earth; the reading is kept without a location.</source>
        <translation>O ponto não é um par [longitude, latitude] sobre a Terra; a leitura é mantida sem localização.</translation>
    </message>
    <message>
        <source>The CSV cannot be read at line %1: %2</source>
        <translation>Não é possível ler o CSV na linha %1: %2</translation>
    </message>
    <message>
        <source>The CSV cannot be read: %1</source>
        <translation>Não é possível ler o CSV: %1</translation>
    </message>
    <message>
        <source>The CSV has no column “%1” (its columns: %2).</source>
        <translation>O CSV não tem a coluna “%1” (as suas colunas: %2).</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>linha %1, coluna %2</translation>
    </message>
    <message>
        <source>The feed&apos;s field mapping must name the sensor field and the value field.</source>
        <translation>O mapeamento de campos da fonte deve indicar o campo do sensor e o campo do valor.</translation>
    </message>
</context>
<context>
    <name>atalaya::feeds::NgsiConnector</name>
    <message>
        <source>Cannot receive notifications on %1 port %2: %3</source>
        <translation>Não é possível receber notificações em %1, porta %2: %3</translation>
    </message>
    <message>
        <source>Cannot receive notifications on %1 port %2: the HTTP server refused the socket</source>
        <translation>Não é possível receber notificações em %1, porta %2: o servidor HTTP recusou o socket</translation>
    </message>
    <message>
        <source>a notification from %1</source>
        <translation>uma notificação de %1</translation>
    </message>
    <message>
        <source>Cannot subscribe to notifications: %1</source>
        <translation>Não é possível subscrever as notificações: %1</translation>
    </message>
    <message>
        <source>paging stopped after %1 pages; entities after %2 were not read</source>
        <translation>a paginação parou após %1 páginas; as entidades posteriores a %2 não foram lidas</translation>
    </message>
</context>
<context>
    <name>atalaya::feeds::ObservationWriter</name>
    <message>
        <source>the sensor was inserted but cannot be read back</source>
        <translation>o sensor foi inserido mas não pode ser lido de novo</translation>
    </message>
    <message>
        <source>cannot register sensor %1 of %2: %3</source>
        <translation>não é possível gravar o sensor %1 de %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>The store did not take %n reading(s), and none of them was written: %1.</source>
        <translation>
            <numerusform>O armazenamento não aceitou %n leitura, que não foi gravada: %1.</numerusform>
            <numerusform>O armazenamento não aceitou %n leituras e nenhuma foi gravada: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>a sensor without provider or code cannot be registered</source>
        <translation>um sensor sem provedor ou código não pode ser gravado</translation>
    </message>
    <message numerus="yes">
        <source>The store did not take the %n sensor(s) of the catalogue, and none was written: %1.</source>
        <translation>
            <numerusform>O armazenamento não aceitou %n sensor do catálogo, que não foi gravado: %1.</numerusform>
            <numerusform>O armazenamento não aceitou os %n sensores do catálogo e nenhum foi gravado: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atalaya::feeds::PayloadText</name>
    <message>
        <source>The payload is not valid JSON: %1 at line %2, column %3.</source>
        <translation>O conteúdo não é JSON válido: %1 na linha %2, coluna %3.</translation>
    </message>
</context>
<context>
    <name>atalaya::feeds::SentiloConnector</name>
    <message>
        <source>paging stopped: a full page of observations did not go back in time (asked up to %1)</source>
        <translation>a paginação parou: uma página completa de observações não recuou no tempo (pedido até %1)</translation>
    </message>
    <message>
        <source>catch-up stopped after %1 pages; observations before %2 were not fetched</source>
        <translation>a recuperação parou após %1 páginas; as observações anteriores a %2 não foram obtidas</translation>
    </message>
</context>
<context>
    <name>atalaya::feeds::ngsi::NgsiPayload</name>
    <message>
        <source>An entity must be a JSON object, not %1.</source>
        <translation>Uma entidade deve ser um objeto JSON, não %1.</translation>
    </message>
    <message>
        <source>The entity has no %1; it is skipped.</source>
        <translation>A entidade não tem %1; é ignorada.</translation>
    </message>
    <message>
        <source>Entity %1 is of type %2, which Atalaya does not read (it reads Beach, OffStreetParking, CrowdFlowObserved and PointOfInterest); it is skipped.</source>
        <translation>A entidade %1 é do tipo %2, que o Atalaya não lê (lê Beach, OffStreetParking, CrowdFlowObserved e PointOfInterest); é ignorada.</translation>
    </message>
    <message>
        <source>“%1” is not a location (“latitude, longitude”); entity %2 is kept without one.</source>
        <translation>“%1” não é uma localização (“latitude, longitude”); a entidade %2 é mantida sem localização.</translation>
    </message>
    <message>
        <source>The location of entity %1 is not a GeoJSON geometry with coordinates; the entity is kept without one.</source>
        <translation>A localização da entidade %1 não é uma geometria GeoJSON com coordenadas; a entidade é mantida sem localização.</translation>
    </message>
    <message>
        <source>The location of entity %1 gives [%2, %3], which lies outside the city read as GeoJSON&apos;s [longitude, latitude] and inside it the other way round: it was read as latitude %2, longitude %3.</source>
        <translation>A localização da entidade %1 indica [%2, %3], que fica fora da cidade lida como [longitude, latitude] do GeoJSON e dentro dela ao contrário: foi lida como latitude %2, longitude %3.</translation>
    </message>
    <message>
        <source>The location of entity %1, [%2, %3], is not on the Earth (longitude -180..180, latitude -90..90); the entity is kept without one.</source>
        <translation>A localização da entidade %1, [%2, %3], não está sobre a Terra (longitude -180..180, latitude -90..90); a entidade é mantida sem localização.</translation>
    </message>
    <message>
        <source>The %1 metadata of %2 in entity %3, “%4”, is not a date and time; the reading is skipped.</source>
        <translation>O metadado %1 de %2 na entidade %3, “%4”, não é uma data e hora; a leitura é ignorada.</translation>
    </message>
    <message>
        <source>%1 of entity %2, “%3”, is not a date and time; its readings are skipped.</source>
        <translation>%1 da entidade %2, “%3”, não é uma data e hora; as suas leituras são ignoradas.</translation>
    </message>
    <message>
        <source>Entity %1 says neither when %2 was observed nor when it changed (dateObserved, dateModified, TimeInstant); the reading is skipped.</source>
        <translation>A entidade %1 não indica nem quando %2 foi observado nem quando mudou (dateObserved, dateModified, TimeInstant); a leitura é ignorada.</translation>
    </message>
    <message>
        <source>%1 of entity %2 is “%3”, not a count (a number of at least 0); the reading is skipped.</source>
        <translation>%1 da entidade %2 é “%3”, não uma contagem (um número maior ou igual a 0); a leitura é ignorada.</translation>
    </message>
    <message>
        <source>%1 of entity %2 is “%3”, not a capacity (a whole number above 0); the place is kept without one.</source>
        <translation>%1 da entidade %2 é “%3”, não uma capacidade (um número inteiro maior que 0); o local é mantido sem capacidade.</translation>
    </message>
    <message>
        <source>Entity %1 carries none of the figures Atalaya reads from it (%2); there is nothing to store.</source>
        <translation>A entidade %1 não traz nenhum dos dados que o Atalaya lê dela (%2); não há nada para armazenar.</translation>
    </message>
    <message>
        <source>occupationRate of entity %1 is “%2”; Beach allows high, medium, low or none. The reading is skipped.</source>
        <translation>occupationRate da entidade %1 é “%2”; Beach admite high, medium, low ou none. A leitura é ignorada.</translation>
    </message>
    <message>
        <source>Entity %1 has %2 spots available of %3 in total; the reading is skipped.</source>
        <translation>A entidade %1 tem %2 lugares livres de %3 no total; a leitura é ignorada.</translation>
    </message>
    <message>
        <source>The payload is a bare JSON value, not NGSI-v2 entities.</source>
        <translation>O conteúdo é um valor JSON isolado, não entidades NGSI-v2.</translation>
    </message>
    <message>
        <source>The context broker answered with an error instead of entities: %1 (%2).</source>
        <translation>O context broker respondeu com um erro em vez de entidades: %1 (%2).</translation>
    </message>
    <message>
        <source>This is not NGSI-v2: the payload is neither a list of entities, an entity (with id and type) nor a notification (with a data list).</source>
        <translation>Isto não é NGSI-v2: o conteúdo não é nem uma lista de entidades, nem uma entidade (com id e type), nem uma notificação (com uma lista data).</translation>
    </message>
</context>
<context>
    <name>atalaya::feeds::sentilo::SentiloPayload</name>
    <message>
        <source>An observation must be a JSON object, not %1.</source>
        <translation>Uma observação deve ser um objeto JSON, não %1.</translation>
    </message>
    <message>
        <source>The observation has no value.</source>
        <translation>A observação não tem valor.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” não é um número.</translation>
    </message>
    <message>
        <source>“%1” is not a Sentilo timestamp (dd/MM/yyyyTHH:mm:ss, UTC unless a zone follows).</source>
        <translation>“%1” não é uma marca temporal do Sentilo (dd/MM/yyyyTHH:mm:ss, UTC salvo se for seguida de um fuso horário).</translation>
    </message>
    <message>
        <source>“%1” is not a time in milliseconds since 1970.</source>
        <translation>“%1” não é um instante em milissegundos desde 1970.</translation>
    </message>
    <message>
        <source>The observation has neither a timestamp nor a time.</source>
        <translation>A observação não tem nem timestamp nem time.</translation>
    </message>
    <message>
        <source>The payload is a JSON %1 where Sentilo answers with an object.</source>
        <translation>O conteúdo é um %1 JSON, quando o Sentilo responde com um objeto.</translation>
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
        <translation>O servidor respondeu com um erro em vez de dados: %1 (código %2).</translation>
    </message>
    <message>
        <source>The catalogue entry has no sensor code.</source>
        <translation>A entrada do catálogo não tem código de sensor.</translation>
    </message>
    <message>
        <source>“%1” is not a location as Sentilo writes it (“latitude longitude”); the sensor is kept without one.</source>
        <translation>“%1” não é uma localização no formato do Sentilo (“latitude longitude”); o sensor é mantido sem localização.</translation>
    </message>
    <message>
        <source>“%1” is not a capacity (a whole number of people or spots above 0).</source>
        <translation>“%1” não é uma capacidade (um número inteiro de pessoas ou lugares maior que 0).</translation>
    </message>
    <message>
        <source>This is not a Sentilo sensor data answer: it has no “observations” list.</source>
        <translation>Isto não é uma resposta de dados de sensor do Sentilo: não tem a lista “observations”.</translation>
    </message>
    <message>
        <source>This is not a Sentilo provider data answer: it has no “sensors” list.</source>
        <translation>Isto não é uma resposta de dados de provedor do Sentilo: não tem a lista “sensors”.</translation>
    </message>
    <message>
        <source>A sensor entry must be a JSON object, not %1.</source>
        <translation>Uma entrada de sensor deve ser um objeto JSON, não %1.</translation>
    </message>
    <message>
        <source>The sensor entry has no sensor code; its observations are skipped.</source>
        <translation>A entrada de sensor não tem código de sensor; as suas observações são ignoradas.</translation>
    </message>
    <message>
        <source>Sensor %1 has no “observations” list.</source>
        <translation>O sensor %1 não tem a lista “observations”.</translation>
    </message>
    <message>
        <source>The catalogue entry names no provider; its sensors are skipped.</source>
        <translation>A entrada do catálogo não indica nenhum provedor; os seus sensores são ignorados.</translation>
    </message>
    <message>
        <source>This is not a Sentilo catalogue: it has no “providers” list.</source>
        <translation>Isto não é um catálogo do Sentilo: não tem a lista “providers”.</translation>
    </message>
</context>
<context>
    <name>atalaya::feedsim::FeedSimulator</name>
    <message>
        <source>The feed simulator already listens on 127.0.0.1:%1.</source>
        <translation>O simulador de fontes já escuta em 127.0.0.1:%1.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: the port is already in use by another program. Choose another port, or 0 for a free one.</source>
        <translation>Não é possível escutar em 127.0.0.1:%1: outro programa já usa a porta. Escolha outra porta, ou 0 para uma livre.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Não é possível escutar em 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>Cannot serve HTTP on 127.0.0.1:%1: the HTTP server refused the socket.</source>
        <translation>Não é possível servir HTTP em 127.0.0.1:%1: o servidor HTTP recusou o socket.</translation>
    </message>
</context>
<context>
    <name>atalaya::ingest::IngestStatus</name>
    <message>
        <source>the feeds file %1</source>
        <translation>o arquivo de fontes %1</translation>
    </message>
    <message>
        <source>the ingest service started on %1 at %2</source>
        <translation>o serviço de ingestão iniciado na máquina %1 em %2</translation>
    </message>
    <message>
        <source>nothing: no feeds file given and no ingest service has run on this store</source>
        <translation>nada: não foi indicado nenhum arquivo de fontes e nenhum serviço de ingestão funcionou com este armazenamento</translation>
    </message>
    <message>
        <source>Checked at %1; expectations from %2.</source>
        <translation>Verificado em %1; origem dos prazos previstos: %2.</translation>
    </message>
    <message>
        <source>provider %1 (no feed known)</source>
        <translation>provedor %1 (nenhuma fonte conhecida)</translation>
    </message>
    <message>
        <source>feed %1 (%2, provider %3)</source>
        <translation>fonte %1 (%2, provedor %3)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>em pausa</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>sem avaliação</translation>
    </message>
    <message>
        <source>STALE since %1</source>
        <translation>DADOS DESATUALIZADOS desde %1</translation>
    </message>
    <message>
        <source>STALE, no reading yet</source>
        <translation>DADOS DESATUALIZADOS, ainda sem leituras</translation>
    </message>
    <message>
        <source>current</source>
        <translation>em dia</translation>
    </message>
    <message>
        <source>newest observation %1 (%2 s ago) from sensor %3</source>
        <translation>observação mais recente: %1 (há %2 s), do sensor %3</translation>
    </message>
    <message>
        <source>no observation stored</source>
        <translation>nenhuma observação armazenada</translation>
    </message>
    <message>
        <source>; expected every %1 s at most</source>
        <translation>; espera-se uma leitura a cada %1 s, no máximo</translation>
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
            <numerusform>; %n leitura na última hora</numerusform>
            <numerusform>; %n leituras na última hora</numerusform>
        </translation>
    </message>
    <message>
        <source>The store holds no sensor and no feed is known.</source>
        <translation>O armazenamento não contém nenhum sensor e não se conhece nenhuma fonte.</translation>
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
        <translation>Indica o que o armazenamento contém sobre as fontes: a observação mais recente de cada uma, as leituras da última hora e quais estão desatualizadas. Código de saída 0: todas as fontes estão em dia; 2: alguma fonte está desatualizada; 65: não é possível abrir o armazenamento.</translation>
    </message>
    <message>
        <source>The store: a SQLite file or postgresql://user@host:port/dbname.</source>
        <translation>O armazenamento: um arquivo SQLite ou postgresql://usuário@host:porta/basededados.</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>LOCAL</translation>
    </message>
    <message>
        <source>Judge staleness by the feeds in FILE instead of what the ingest service recorded in the store.</source>
        <translation>Determinar que fontes estão desatualizadas segundo as de ARQUIVO, em vez de segundo o que o serviço de ingestão registrou no armazenamento.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Mostrar um único objeto JSON em vez de texto.</translation>
    </message>
    <message>
        <source>The status command.</source>
        <translation>O comando status.</translation>
    </message>
    <message>
        <source>status takes no other argument than its options; found %1.</source>
        <translation>status não aceita outros argumentos além das suas opções; foi encontrado %1.</translation>
    </message>
    <message>
        <source>status needs --db LOCATION: the store to report on.</source>
        <translation>status precisa de --db LOCAL: o armazenamento sobre o qual informar.</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>Não existe nenhum armazenamento em %1.</translation>
    </message>
    <message>
        <source>Runs the live feeds (and the alert rules) against the store without a display, until SIGTERM or SIGINT; with --once, polls every feed once and exits. `atalaya-ingest status --db LOCATION` reports on the feeds. See docs/ingest.md.</source>
        <translation>Executa as fontes ao vivo (e as regras de alerta) sobre o armazenamento sem ambiente gráfico, até receber SIGTERM ou SIGINT; com --once, consulta cada fonte uma vez e termina. `atalaya-ingest status --db LOCAL` informa sobre as fontes. Ver docs/ingest.md.</translation>
    </message>
    <message>
        <source>The feeds to run (format: docs/feeds.md).</source>
        <translation>As fontes a executar (formato: docs/feeds.md).</translation>
    </message>
    <message>
        <source>Evaluate the alert rules in FILE (format: docs/alert-rules.md); without it, no alerts are evaluated.</source>
        <translation>Avaliar as regras de alerta de ARQUIVO (formato: docs/alert-rules.md); sem esta opção, nenhum alerta é avaliado.</translation>
    </message>
    <message>
        <source>Poll every enabled feed once, store what they gave and exit: 0 when every feed answered, 1 when some failed.</source>
        <translation>Consultar uma vez cada fonte ativada, armazenar o que devolveram e sair: 0 se todas as fontes responderam, 1 se alguma falhou.</translation>
    </message>
    <message>
        <source>json (default: one JSON object per line on stderr) or text.</source>
        <translation>json (se omitido: um objeto JSON por linha em stderr) ou text.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>How long readings wait in memory before they are written together (default 250).</source>
        <translation>Tempo que as leituras esperam em memória antes de serem escritas em conjunto (250 se omitido).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>unexpected argument %1; the only command is status, given first: atalaya-ingest status --db LOCATION.</source>
        <translation>argumento inesperado %1; o único comando é status, indicado em primeiro lugar: atalaya-ingest status --db LOCAL.</translation>
    </message>
    <message>
        <source>--log-format: &apos;%1&apos; is not a log format; use json or text.</source>
        <translation>--log-format: «%1» não é um formato de log; use json ou text.</translation>
    </message>
    <message>
        <source>--db LOCATION is required: the store the feeds are written to.</source>
        <translation>--db LOCAL é obrigatório: o armazenamento onde são escritas as leituras das fontes.</translation>
    </message>
    <message>
        <source>--feeds FILE is required: the feeds to run (see docs/feeds.md).</source>
        <translation>--feeds ARQUIVO é obrigatório: as fontes a executar (ver docs/feeds.md).</translation>
    </message>
    <message>
        <source>--flush-interval-ms: &apos;%1&apos; is not a number of milliseconds from 0 to 600000.</source>
        <translation>--flush-interval-ms: «%1» não é um número de milissegundos entre 0 e 600000.</translation>
    </message>
    <message>
        <source>%1 lists no usable feed.</source>
        <translation>%1 não contém nenhuma fonte utilizável.</translation>
    </message>
    <message>
        <source>--rules: there is no file %1.</source>
        <translation>--rules: o arquivo %1 não existe.</translation>
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
        <source>Import epidemic figures per region from FILE (CSV) into the store, print what was imported and exit.</source>
        <translation>Importar números da epidemia por região de ARQUIVO (CSV) para o armazenamento, mostrar o que foi importado e sair.</translation>
    </message>
    <message>
        <source>With --import-epi: read every figure as SHAPE (daily, cumulative or windowed) instead of from the column names.</source>
        <translation>Com --import-epi: ler todos os números como FORMA (daily, cumulative ou windowed) em vez de a deduzir dos nomes das colunas.</translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation>FORMA</translation>
    </message>
    <message>
        <source>With --epi-shape windowed: the window in days of columns whose name gives none.</source>
        <translation>Com --epi-shape windowed: a janela em dias das colunas cujo nome não a indica.</translation>
    </message>
    <message>
        <source>Import region polygons and their population from FILE (GeoJSON) into the store, print what was imported and exit.</source>
        <translation>Importar polígonos de regiões e a sua população de ARQUIVO (GeoJSON) para o armazenamento, mostrar o que foi importado e sair.</translation>
    </message>
    <message>
        <source>With --import-regions: the level of every region in the file (district, neighbourhood or postcode); with --import-epi: match only regions of that level.</source>
        <translation>Com --import-regions: o nível de todas as regiões do arquivo (district, neighbourhood ou postcode); com --import-epi: associar só regiões desse nível.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NÍVEL</translation>
    </message>
    <message>
        <source>--epi-shape applies only with --import-epi.</source>
        <translation>--epi-shape só se aplica com --import-epi.</translation>
    </message>
    <message>
        <source>--epi-shape: &apos;%1&apos; is not a shape; use daily, cumulative or windowed.</source>
        <translation>--epi-shape: «%1» não é uma forma; use daily, cumulative ou windowed.</translation>
    </message>
    <message>
        <source>--window-days: &apos;%1&apos; is not a number of days from 1 to 366.</source>
        <translation>--window-days: «%1» não é um número de dias entre 1 e 366.</translation>
    </message>
    <message>
        <source>--window-days applies only with --import-epi and --epi-shape windowed.</source>
        <translation>--window-days só se aplica com --import-epi e --epi-shape windowed.</translation>
    </message>
    <message>
        <source>--region-level applies only with --import-regions or --import-epi.</source>
        <translation>--region-level só se aplica com --import-regions ou --import-epi.</translation>
    </message>
    <message>
        <source>--region-level: &apos;%1&apos; is not a region level; use district, neighbourhood or postcode.</source>
        <translation>--region-level: «%1» não é um nível de região; use district, neighbourhood ou postcode.</translation>
    </message>
    <message>
        <source>Import services from FILE (GeoJSON, CSV, or FIWARE NGSI-v2 JSON) into the category given by --category, print what was imported and exit.</source>
        <translation>Importar serviços de ARQUIVO (GeoJSON, CSV ou JSON FIWARE NGSI-v2) para a categoria indicada com --category, mostrar o que foi importado e sair.</translation>
    </message>
    <message>
        <source>With --import-services: the category&apos;s slug (e.g. pharmacies or elderly-homes), created if new; with --export-services: export only this category.</source>
        <translation>Com --import-services: o identificador da categoria (p. ex. pharmacies ou elderly-homes), criada se for nova; com --export-services: exportar só esta categoria.</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>IDENTIFICADOR</translation>
    </message>
    <message>
        <source>With --import-services: read these fields from these columns, e.g. name=NOMBRE,lat=Y,lon=X (fields: %1).</source>
        <translation>Com --import-services: ler estes campos destas colunas, p. ex. name=NOMBRE,lat=Y,lon=X (campos: %1).</translation>
    </message>
    <message>
        <source>FIELD=COLUMN,...</source>
        <translation>CAMPO=COLUNA,...</translation>
    </message>
    <message>
        <source>Export services (all, or those of --category) to FILE, GeoJSON for .geojson or .json and CSV for .csv, and exit.</source>
        <translation>Exportar serviços (todos, ou os de --category) para ARQUIVO, em GeoJSON para .geojson ou .json e em CSV para .csv, e sair.</translation>
    </message>
    <message>
        <source>--category applies only with --import-services or --export-services.</source>
        <translation>--category só se aplica com --import-services ou --export-services.</translation>
    </message>
    <message>
        <source>--map applies only with --import-services.</source>
        <translation>--map só se aplica com --import-services.</translation>
    </message>
    <message>
        <source>--import-services needs --category SLUG, e.g. pharmacies or elderly-homes.</source>
        <translation>--import-services precisa de --category IDENTIFICADOR, p. ex. pharmacies ou elderly-homes.</translation>
    </message>
    <message>
        <source>--category: &apos;%1&apos; is not a category slug: %2. Use lowercase words and digits joined by &apos;-&apos;, e.g. elderly-homes.</source>
        <translation>--category: «%1» não é um identificador de categoria: %2. Use palavras em minúsculas e dígitos unidos por &apos;-&apos;, p. ex. elderly-homes.</translation>
    </message>
    <message>
        <source>--map: %1</source>
        <translation>--map: %1</translation>
    </message>
    <message>
        <source>--export-services: &apos;%1&apos; must end in .geojson, .json or .csv to say the format.</source>
        <translation>--export-services: «%1» deve terminar em .geojson, .json ou .csv para indicar o formato.</translation>
    </message>
    <message>
        <source>--export-services: the folder of &apos;%1&apos; does not exist.</source>
        <translation>--export-services: a pasta de «%1» não existe.</translation>
    </message>
    <message>
        <source>--category: the store has no category &apos;%1&apos;.</source>
        <translation>--category: o armazenamento não tem a categoria «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n service(s) to %1.</source>
        <translation>
            <numerusform>%n serviço exportado para %1.</numerusform>
            <numerusform>%n serviços exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read live feeds (Sentilo, FIWARE NGSI-v2, HTTP, files) as listed in FILE (see docs/feeds.md) instead of the feeds file in the settings.</source>
        <translation>Ler as fontes ao vivo (Sentilo, FIWARE NGSI-v2, HTTP, arquivos) indicadas em ARQUIVO (ver docs/feeds.md) em vez do arquivo de fontes da configuração.</translation>
    </message>
    <message>
        <source>Open on page NAME: overview, map, hospitals, epidemic, occupancy, feeds or alerts.</source>
        <translation>Abrir na página NOME: overview, map, hospitals, epidemic, occupancy, feeds ou alerts.</translation>
    </message>
    <message>
        <source>Use the alert rules in FILE (see docs/alert-rules.md) for this run instead of the rules file in the settings.</source>
        <translation>Usar nesta execução as regras de alerta de ARQUIVO (ver docs/alert-rules.md) em vez do arquivo de regras da configuração.</translation>
    </message>
    <message>
        <source>Start in presentation mode: full screen, large type, cycling through the pages chosen for it (F5 or Esc leaves).</source>
        <translation>Iniciar no modo apresentação: tela cheia, letra grande e rotação pelas páginas escolhidas para este modo (F5 ou Esc para sair).</translation>
    </message>
    <message>
        <source>Write the briefing PDF (key figures, map, charts, open alerts, operator notes) of the city at --at (default: now) to FILE, print a summary and exit. Needs no display.</source>
        <translation>Escrever em ARQUIVO o PDF do boletim de situação (números-chave, mapa, gráficos, alertas abertos, notas do operador) da cidade em --at (se omitido: agora), mostrar um resumo e sair. Não precisa de ambiente gráfico.</translation>
    </message>
    <message>
        <source>With --export-briefing: the paper size, A4 (default) or A3.</source>
        <translation>Com --export-briefing: o tamanho do papel, A4 (se omitido) ou A3.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMANHO</translation>
    </message>
    <message>
        <source>--page: &apos;%1&apos; is not a page; use overview, map, hospitals, epidemic, occupancy, feeds or alerts.</source>
        <translation>--page: «%1» não é uma página; use overview, map, hospitals, epidemic, occupancy, feeds ou alerts.</translation>
    </message>
    <message>
        <source>--paper applies only with --export-briefing.</source>
        <translation>--paper só se aplica com --export-briefing.</translation>
    </message>
    <message>
        <source>--paper: &apos;%1&apos; is not a paper size; use A4 or A3.</source>
        <translation>--paper: «%1» não é um tamanho de papel; use A4 ou A3.</translation>
    </message>
    <message>
        <source>--export-briefing: the folder &apos;%1&apos; of &apos;%2&apos; does not exist.</source>
        <translation>--export-briefing: a pasta «%1» de «%2» não existe.</translation>
    </message>
    <message>
        <source>--export-briefing: &apos;%1&apos; is a folder; give the PDF&apos;s file name.</source>
        <translation>--export-briefing: «%1» é uma pasta; indique o nome do arquivo PDF.</translation>
    </message>
    <message>
        <source>Generating the demo city into %1 ...</source>
        <translation>Geração da cidade de demonstração em %1 ...</translation>
    </message>
    <message numerus="yes">
        <source>Briefing written to %1: %n page(s), %2, city as at %3, newest data %4, in %5 s.</source>
        <translation>
            <numerusform>Boletim de situação escrito em %1: %n página, %2, situação da cidade em %3, dados mais recentes: %4, em %5 s.</numerusform>
            <numerusform>Boletim de situação escrito em %1: %n páginas, %2, situação da cidade em %3, dados mais recentes: %4, em %5 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>--migrate-store: the store to copy, %1, does not exist.</source>
        <translation>--migrate-store: o armazenamento a copiar, %1, não existe.</translation>
    </message>
    <message>
        <source>Copying %1 (%2) into %3 (%4):</source>
        <translation>Cópia de %1 (%2) para %3 (%4):</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n row(s)</source>
        <translation>
            <numerusform>  %1: %n linha</numerusform>
            <numerusform>  %1: %n linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) in %1 tables in %2 s; every table has as many rows in the target as in the source.</source>
        <translation>
            <numerusform>Foi copiada %n linha em %1 tabelas em %2 s; cada tabela tem no destino tantas linhas quanto na origem.</numerusform>
            <numerusform>Foram copiadas %n linhas em %1 tabelas em %2 s; cada tabela tem no destino tantas linhas quanto na origem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy every row of the store FROM into the new, empty store TO (given after FROM; each an SQLite file or a postgresql:// URL), check that every table has as many rows in both, print them and exit.</source>
        <translation>Copiar todas as linhas do armazenamento ORIGEM para o armazenamento novo e vazio DESTINO (indicado depois de ORIGEM; cada um, um arquivo SQLite ou um URL postgresql://), verificar se cada tabela tem o mesmo número de linhas em ambos, mostrar as contagens e sair.</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>ORIGEM</translation>
    </message>
    <message>
        <source>--%1 does not apply with --migrate-store, which takes both stores as FROM and TO.</source>
        <translation>--%1 não se aplica com --migrate-store, que recebe os dois armazenamentos como ORIGEM e DESTINO.</translation>
    </message>
    <message>
        <source>--migrate-store needs two stores: --migrate-store FROM TO, each an SQLite file or a postgresql:// URL.</source>
        <translation>--migrate-store precisa de dois armazenamentos: --migrate-store ORIGEM DESTINO, cada um deles um arquivo SQLite ou um URL postgresql://.</translation>
    </message>
    <message>
        <source>This is the store saved in the Store dialog. Start with --db FILE-OR-URL to open another one, and choose it there again.</source>
        <translation>Este é o armazenamento gravado na caixa de diálogo Armazenamento. Inicie com --db ARQUIVO-OU-URL para abrir outro e volte a escolhê-lo nessa caixa de diálogo.</translation>
    </message>
</context>
</TS>
