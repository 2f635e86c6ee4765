<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="en_US">
<context>
    <name>AgendaPane</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Language of the agenda&apos;s titles</source>
        <translation>Idioma de los títulos de la agenda</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Temas de la agenda</translation>
    </message>
    <message>
        <source>Drag, or press Ctrl+Up and Ctrl+Down, to reorder</source>
        <translation>Arrastre, o presione Ctrl+Up y Ctrl+Down, para cambiar el orden</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Agregar un tema a la agenda</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected agenda item</source>
        <translation>Quitar el tema de la agenda seleccionado</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>Subir el tema seleccionado</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>Bajar el tema seleccionado</translation>
    </message>
    <message>
        <source>Priority of the selected item</source>
        <translation>Prioridad del tema seleccionado</translation>
    </message>
    <message>
        <source>Status of the selected item</source>
        <translation>Estado del tema seleccionado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Custom item…</source>
        <translation>Tema propio…</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nuevo tema de la agenda</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Quitar tema de la agenda</translation>
    </message>
    <message>
        <source>Remove “{title}” and its brief (objectives, points, notes) from the agenda?</source>
        <translation>¿Quitar “{title}” y su ficha (objetivos, puntos, notas) de la agenda?</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Every change you make is recorded in the book&apos;s history under your name, so colleagues who merge your copy see who changed what. You can change it later in Edit → Preferences.</source>
        <translation>Cada cambio que haga queda registrado en el historial de la carpeta informativa con su nombre, para que los colegas que integren su copia vean quién cambió qué. Puede cambiarlo después en Edición → Preferencias.</translation>
    </message>
    <message>
        <source>Your name (recorded with your changes in the book&apos;s history)</source>
        <translation>Su nombre (se registra con sus cambios en el historial de la carpeta informativa)</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>On opening the book</source>
        <translation>Al abrir la carpeta informativa</translation>
    </message>
    <message>
        <source>Automatic, while you worked (every 30 minutes)</source>
        <translation>Automático, mientras trabajaba (cada 30 minutos)</translation>
    </message>
    <message>
        <source>Before importing data</source>
        <translation>Antes de importar datos</translation>
    </message>
    <message>
        <source>Before an upgrade of the book&apos;s format</source>
        <translation>Antes de una actualización del formato de la carpeta</translation>
    </message>
    <message>
        <source>Before restoring another backup</source>
        <translation>Antes de restaurar otro respaldo</translation>
    </message>
    <message>
        <source>Before encrypting or changing the passphrase</source>
        <translation>Antes de cifrar o de cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Before merging a colleague&apos;s copy</source>
        <translation>Antes de combinar la copia de un colega</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Hecho a mano</translation>
    </message>
</context>
<context>
    <name>BriefPane</name>
    <message>
        <source>Brief</source>
        <translation>Ficha informativa</translation>
    </message>
    <message>
        <source>Language of the agenda item&apos;s title</source>
        <translation>Idioma del título del tema de la agenda</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <source>Since then</source>
        <translation>Desde entonces</translation>
    </message>
    <message>
        <source>Since then: dated developments after the 2009 outline</source>
        <translation>Desde entonces: novedades fechadas posteriores al esquema de 2009</translation>
    </message>
    <message>
        <source>Raised in meetings</source>
        <translation>Se trata en las reuniones</translation>
    </message>
    <message>
        <source>Raised in meetings: the meeting memos that raise this item</source>
        <translation>Se trata en las reuniones: los memorandos de reunión que plantean este tema</translation>
    </message>
    <message>
        <source>No meeting memo raises this item yet. To raise it in a meeting, open the meeting&apos;s memo from the Program pane (Meeting memo…) and add it to the agenda items to raise.</source>
        <translation>Ningún memorando de reunión plantea todavía este tema. Para plantearlo en una reunión, abra el memorando de la reunión desde el panel Programa (Memorando de reunión…) y agréguelo a los temas de la agenda por plantear.</translation>
    </message>
    <message>
        <source>Your brief</source>
        <translation>Su ficha</translation>
    </message>
    <message>
        <source>Language of the text being edited</source>
        <translation>Idioma del texto que se está editando</translation>
    </message>
    <message>
        <source>Writing in</source>
        <translation>Redactar en</translation>
    </message>
    <message>
        <source>Title of the agenda item in this language</source>
        <translation>Título del tema de la agenda en este idioma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>Indicadores clave</translation>
    </message>
    <message>
        <source>Select an agenda item to see its brief, or add one from the issue areas.</source>
        <translation>Seleccione un tema de la agenda para ver su ficha, o agregue uno desde los ámbitos temáticos.</translation>
    </message>
    <message>
        <source>Find in the brief (Enter: next, Esc: close)</source>
        <translation>Buscar en la ficha (Intro: siguiente, Esc: cerrar)</translation>
    </message>
    <message>
        <source>Find in the brief</source>
        <translation>Buscar en la ficha</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Lines starting with “- ” become bullets in the packet.</source>
        <translation>Las líneas que empiezan con “- ” se convierten en viñetas en el paquete informativo.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>What we want from this item at this summit. </source>
        <translation>Lo que buscamos obtener de este tema en esta cumbre. </translation>
    </message>
    <message>
        <source>Points to make</source>
        <translation>Puntos a tratar</translation>
    </message>
    <message>
        <source>Short points in order, e.g. “- Raise: …”, “- If raised: …”, “- Avoid: …”. </source>
        <translation>Puntos breves y en orden; p. ej., “- Plantear: …”, “- Si se plantea: …”, “- Evitar: …”. </translation>
    </message>
    <message>
        <source>Their objectives</source>
        <translation>Objetivos de la contraparte</translation>
    </message>
    <message>
        <source>What the counterpart is expected to want and raise.</source>
        <translation>Lo que se prevé que la contraparte busque y plantee.</translation>
    </message>
    <message>
        <source>Our response</source>
        <translation>Nuestra respuesta</translation>
    </message>
    <message>
        <source>How to answer their likely points.</source>
        <translation>Cómo responder a los planteamientos previsibles de la contraparte.</translation>
    </message>
    <message>
        <source>Press line</source>
        <translation>Línea para prensa</translation>
    </message>
    <message>
        <source>What we will say publicly afterwards.</source>
        <translation>Lo que diremos públicamente después.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything else for this item.</source>
        <translation>Cualquier otra información sobre este tema.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Issue area: {area} · Pillar: {pillar}</source>
        <translation>Ámbito temático: {area} · Pilar: {pillar}</translation>
    </message>
    <message>
        <source>Sources: {citations}</source>
        <translation>Fuentes: {citations}</translation>
    </message>
    <message>
        <source>Issue area {id}: not in this reference content (version {version})</source>
        <translation>Área temática {id}: no está en este contenido de referencia (versión {version})</translation>
    </message>
    <message>
        <source>Custom agenda item</source>
        <translation>Tema propio de la agenda</translation>
    </message>
    <message>
        <source>Since then (as of {date})</source>
        <translation>Desde entonces (al {date})</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>item {n} of {count} in its memo</source>
        <translation>tema {n} de {count} en su memorando</translation>
    </message>
    <message>
        <source>Show in the Program pane: {meeting}</source>
        <translation>Mostrar en el panel Programa: {meeting}</translation>
    </message>
    <message>
        <source>Show this meeting in the Program pane</source>
        <translation>Mostrar esta reunión en el panel Programa</translation>
    </message>
    <message>
        <source>2009 outlook:</source>
        <translation>Perspectiva de 2009:</translation>
    </message>
    <message>
        <source>{id}: not in this reference content (version {version})</source>
        <translation>{id}: no está en este contenido de referencia (versión {version})</translation>
    </message>
    <message>
        <source>Linked recommendation not in this reference content</source>
        <translation>Recomendación vinculada que no está en este contenido de referencia</translation>
    </message>
    <message>
        <source>No recommendations are linked to this item. Link them from the Recommendations pane.</source>
        <translation>No hay recomendaciones vinculadas a este tema. Vincúlelas desde el panel Recomendaciones.</translation>
    </message>
    <message>
        <source>“{text}” is not in this brief.</source>
        <translation>“{text}” no aparece en esta ficha.</translation>
    </message>
    <message>
        <source>The book&apos;s own language. Packets use this text.</source>
        <translation>Idioma propio de la carpeta informativa. Los paquetes informativos usan este texto.</translation>
    </message>
    <message>
        <source>The other language&apos;s version, used by bilingual packets beside the book&apos;s own text. Leave empty where it is not needed.</source>
        <translation>Versión en el otro idioma, que los paquetes informativos bilingües muestran junto al texto en el idioma de la carpeta. Déjela vacía donde no se necesite.</translation>
    </message>
</context>
<context>
    <name>ChangeLogModel</name>
    <message>
        <source>When</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>ChartsPane</name>
    <message>
        <source>Indicators by issue area</source>
        <translation>Indicadores por ámbito temático</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último dato</translation>
    </message>
    <message>
        <source>Vintage of the selected imported series</source>
        <translation>Versión de los datos de la serie importada seleccionada</translation>
    </message>
    <message>
        <source>Vintage:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Acontecimientos</translation>
    </message>
    <message>
        <source>Show events as numbered flags</source>
        <translation>Mostrar los acontecimientos como banderas numeradas</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Escala logarítmica</translation>
    </message>
    <message>
        <source>Logarithmic value axis</source>
        <translation>Eje de valores logarítmico</translation>
    </message>
    <message>
        <source>Transformation of the charted values</source>
        <translation>Transformación de los valores graficados</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>% change from a year ago</source>
        <translation>% de cambio respecto a un año antes</translation>
    </message>
    <message>
        <source>% change from the previous period</source>
        <translation>% de cambio respecto al periodo anterior</translation>
    </message>
    <message>
        <source>Compound annual rate of change</source>
        <translation>Tasa anual compuesta de cambio</translation>
    </message>
    <message>
        <source>Index (base period = 100)</source>
        <translation>Índice (periodo base = 100)</translation>
    </message>
    <message>
        <source>Per person (divided by a population)</source>
        <translation>Por persona (dividido entre una población)</translation>
    </message>
    <message>
        <source>Share of another series</source>
        <translation>Proporción de otra serie</translation>
    </message>
    <message>
        <source>Moving average</source>
        <translation>Promedio móvil</translation>
    </message>
    <message>
        <source>Base period of the index (e.g. 2010 or 2024-03)</source>
        <translation>Periodo base del índice (p. ej., 2010 o 2024-03)</translation>
    </message>
    <message>
        <source>base, e.g. 2010</source>
        <translation>base, p. ej. 2010</translation>
    </message>
    <message>
        <source>Series to divide by</source>
        <translation>Serie entre la que se divide</translation>
    </message>
    <message>
        <source>Periods in the moving average</source>
        <translation>Periodos del promedio móvil</translation>
    </message>
    <message>
        <source> periods</source>
        <translation> periodos</translation>
    </message>
    <message>
        <source>First period to chart (e.g. 2000 or 2020-01); empty: all</source>
        <translation>Primer periodo que se grafica (p. ej., 2000 o 2020-01); vacío: todos</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>Last period to chart (e.g. 2023 or 2024-06); empty: all</source>
        <translation>Último periodo que se grafica (p. ej., 2023 o 2024-06); vacío: todos</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Export the chart as a PNG image</source>
        <translation>Exportar la gráfica como imagen PNG</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the charted data as CSV</source>
        <translation>Exportar los datos graficados en formato CSV</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Ver todo</translation>
    </message>
    <message>
        <source>Show every period and value of the chart again after zooming</source>
        <translation>Volver a mostrar todos los periodos y valores del gráfico después de ampliar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Remove every series from the chart</source>
        <translation>Quitar todas las series de la gráfica</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfica</translation>
    </message>
    <message>
        <source>Hover over the chart to read values.</source>
        <translation>Pase el puntero sobre la gráfica para leer los valores.</translation>
    </message>
    <message>
        <source>Value under the pointer</source>
        <translation>Valor bajo el puntero</translation>
    </message>
    <message>
        <source>Sources of the charted series</source>
        <translation>Fuentes de las series graficadas</translation>
    </message>
    <message>
        <source>Latest period and age of the charted series</source>
        <translation>Último periodo y antigüedad de las series graficadas</translation>
    </message>
    <message>
        <source>Periods the transformation could not compute</source>
        <translation>Periodos que la transformación no pudo calcular</translation>
    </message>
    <message>
        <source>Imported into this book</source>
        <translation>Importados a esta carpeta informativa</translation>
    </message>
    <message>
        <source>Other indicators</source>
        <translation>Otros indicadores</translation>
    </message>
    <message>
        <source> (derived)</source>
        <translation> (derivada)</translation>
    </message>
    <message numerus="yes">
        <source>{period} · %n yrs</source>
        <translation>
            <numerusform>{period} · %n año</numerusform>
            <numerusform>{period} · %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>{n}: {vintage}</source>
        <translation>{n}: {vintage}</translation>
    </message>
    <message numerus="yes">
        <source>{period} · %n mo</source>
        <translation>
            <numerusform>{period} · %n mes</numerusform>
            <numerusform>{period} · %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick one or more indicators on the left to chart them.</source>
        <translation>Marque uno o más indicadores a la izquierda para graficarlos.</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… y {n} más.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfica</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exportar datos</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Could not write the file: {error}</source>
        <translation>No se pudo escribir el archivo: {error}</translation>
    </message>
</context>
<context>
    <name>ChecklistItemDialog</name>
    <message>
        <source>Edit checklist item</source>
        <translation>Editar tarea de la lista de verificación</translation>
    </message>
    <message>
        <source>New checklist item</source>
        <translation>Nueva tarea de la lista de verificación</translation>
    </message>
    <message>
        <source>Checklist item title</source>
        <translation>Título de la tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Days relative to the summit (negative = before)</source>
        <translation>Días con respecto a la cumbre (negativo = antes)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Days from summit</source>
        <translation>Días respecto a la cumbre</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>The item needs a title.</source>
        <translation>Escriba un título para la tarea.</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <source>Countdown to the summit</source>
        <translation>Cuenta regresiva para la cumbre</translation>
    </message>
    <message>
        <source>Checklist progress</source>
        <translation>Avance de la lista de verificación</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v de %m completadas</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrar por responsable</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Por vencer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Sin completar</translation>
    </message>
    <message>
        <source>Checklist items by phase</source>
        <translation>Tareas de la lista de verificación por fase</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Agregar tarea</translation>
    </message>
    <message>
        <source>Add a checklist item</source>
        <translation>Agregar una tarea a la lista de verificación</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the selected checklist item</source>
        <translation>Editar la tarea seleccionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected checklist item</source>
        <translation>Eliminar la tarea seleccionada</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Summit in {n} days</source>
        <translation>Faltan {n} días para la cumbre</translation>
    </message>
    <message>
        <source>Summit tomorrow</source>
        <translation>La cumbre es mañana</translation>
    </message>
    <message>
        <source>Summit today</source>
        <translation>La cumbre es hoy</translation>
    </message>
    <message>
        <source>Summit was yesterday</source>
        <translation>La cumbre fue ayer</translation>
    </message>
    <message>
        <source>Summit was {n} days ago</source>
        <translation>La cumbre fue hace {n} días</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} de {total} completadas</translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n vencida</numerusform>
            <numerusform>, %n vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <source>Done on {when}</source>
        <translation>Completada el {when}</translation>
    </message>
    <message>
        <source>Due {when}</source>
        <translation>Vence el {when}</translation>
    </message>
    <message>
        <source>Cannot add the checklist item</source>
        <translation>No se puede agregar la tarea</translation>
    </message>
    <message>
        <source>Cannot change the checklist item</source>
        <translation>No se puede cambiar la tarea</translation>
    </message>
    <message>
        <source>Delete checklist item</source>
        <translation>Eliminar tarea</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>¿Eliminar “{title}”?</translation>
    </message>
    <message>
        <source>Cannot delete the checklist item</source>
        <translation>No se puede eliminar la tarea</translation>
    </message>
</context>
<context>
    <name>CopyForColleagueDialog</name>
    <message>
        <source>Save a copy for a colleague</source>
        <translation>Guardar una copia para un colega</translation>
    </message>
    <message>
        <source>{stem} for colleague</source>
        <translation>{stem} para colega</translation>
    </message>
    <message>
        <source>File name of the copy</source>
        <translation>Nombre del archivo de la copia</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose where to save the copy</source>
        <translation>Elegir dónde guardar la copia</translation>
    </message>
    <message>
        <source>Encrypt the copy with a passphrase of its own</source>
        <translation>Cifrar la copia con su propia frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase for the copy</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Al menos {n} caracteres</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Escriba de nuevo la misma frase de contraseña</translation>
    </message>
    <message>
        <source>This book is encrypted, so its copy is encrypted too. The copy&apos;s passphrase may differ from this book&apos;s.</source>
        <translation>Esta carpeta informativa está cifrada, por lo que su copia también lo estará. La frase de contraseña de la copia puede ser distinta de la de esta carpeta.</translation>
    </message>
    <message>
        <source>Why the copy is encrypted</source>
        <translation>Por qué la copia está cifrada</translation>
    </message>
    <message>
        <source>The copy keeps this book&apos;s identity and history, so the changes your colleague makes in it can be brought back into this book with File → Merge a colleague&apos;s copy…
Give the passphrase to your colleague separately, not with the file: it cannot be recovered.</source>
        <translation>La copia conserva la identidad y el historial de esta carpeta informativa, de modo que los cambios que su colega haga en ella podrán incorporarse a esta carpeta con Archivo → Combinar la copia de un colega…
Entregue la frase de contraseña a su colega por separado, no junto con el archivo: no se puede recuperar.</translation>
    </message>
    <message>
        <source>About the copy</source>
        <translation>Acerca de la copia</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repetir frase de contraseña</translation>
    </message>
    <message>
        <source>Save copy</source>
        <translation>Guardar copia</translation>
    </message>
    <message>
        <source>Save the copy for a colleague</source>
        <translation>Guardar la copia para un colega</translation>
    </message>
    <message>
        <source>Cancel; no copy is saved</source>
        <translation>Cancelar; no se guarda ninguna copia</translation>
    </message>
    <message>
        <source>Briefing books (*.bbook)</source>
        <translation>Carpetas informativas (*.bbook)</translation>
    </message>
    <message>
        <source>Choose a file name for the copy.</source>
        <translation>Elija un nombre de archivo para la copia.</translation>
    </message>
    <message>
        <source>That is this book itself; choose another name.</source>
        <translation>Ese es el archivo de esta misma carpeta informativa; elija otro nombre.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>No existe la ubicación {folder}.</translation>
    </message>
    <message>
        <source>“{name}” already exists. Replace it?</source>
        <translation>Ya existe “{name}”. ¿Desea reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>DeliverableDialog</name>
    <message>
        <source>Edit deliverable</source>
        <translation>Editar entregable</translation>
    </message>
    <message>
        <source>New deliverable</source>
        <translation>Nuevo entregable</translation>
    </message>
    <message>
        <source>Deliverable title</source>
        <translation>Título del entregable</translation>
    </message>
    <message>
        <source>Kind of deliverable</source>
        <translation>Tipo de entregable</translation>
    </message>
    <message>
        <source>Status of the deliverable</source>
        <translation>Estado del entregable</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Temas de la agenda</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Suggested by</source>
        <translation>Sugerido por</translation>
    </message>
    <message>
        <source>The deliverable needs a title.</source>
        <translation>Escriba un título para el entregable.</translation>
    </message>
</context>
<context>
    <name>DeliverablesPane</name>
    <message>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <source>Deliverables of the summit</source>
        <translation>Entregables de la cumbre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Vinculado a</translation>
    </message>
    <message>
        <source>The selected deliverable in full</source>
        <translation>El entregable seleccionado completo</translation>
    </message>
    <message>
        <source>Select a deliverable to read it here in full.</source>
        <translation>Seleccione un entregable para leerlo aquí completo.</translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation>Agregar entregable</translation>
    </message>
    <message>
        <source>Add a deliverable</source>
        <translation>Agregar un entregable</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the selected deliverable</source>
        <translation>Editar el entregable seleccionado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected deliverable</source>
        <translation>Eliminar el entregable seleccionado</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected deliverable up</source>
        <translation>Subir el entregable seleccionado</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected deliverable down</source>
        <translation>Bajar el entregable seleccionado</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Temas de la agenda</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Suggested by</source>
        <translation>Sugerido por</translation>
    </message>
    <message>
        <source>Cannot add the deliverable</source>
        <translation>No se puede agregar el entregable</translation>
    </message>
    <message>
        <source>Cannot change the deliverable</source>
        <translation>No se puede modificar el entregable</translation>
    </message>
    <message>
        <source>Delete deliverable</source>
        <translation>Eliminar entregable</translation>
    </message>
    <message>
        <source>Delete the deliverable “{title}”?</source>
        <translation>¿Eliminar el entregable “{title}”?</translation>
    </message>
    <message>
        <source>Cannot delete the deliverable</source>
        <translation>No se puede eliminar el entregable</translation>
    </message>
    <message>
        <source>Cannot move the deliverable</source>
        <translation>No se puede mover el entregable</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit program event</source>
        <translation>Editar actividad del programa</translation>
    </message>
    <message>
        <source>New program event</source>
        <translation>Nueva actividad del programa</translation>
    </message>
    <message>
        <source>Day of the event</source>
        <translation>Día de la actividad</translation>
    </message>
    <message>
        <source>Start time (summit&apos;s local time)</source>
        <translation>Hora de inicio (hora local de la cumbre)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Tipo de actividad</translation>
    </message>
    <message>
        <source>Event title</source>
        <translation>Título de la actividad</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Home time</source>
        <translation>Hora de origen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Agenda items covered</source>
        <translation>Temas de la agenda que se abordan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Start ({zone})</source>
        <translation>Inicio ({zone})</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Home time ({zone})</source>
        <translation>Hora de origen ({zone})</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Temas de la agenda</translation>
    </message>
    <message>
        <source>The event needs a title.</source>
        <translation>Escriba un título para la actividad.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export briefing packet</source>
        <translation>Exportar paquete informativo</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Summit overview</source>
        <translation>Resumen de la cumbre</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Changes since the last packet</source>
        <translation>Cambios desde el último paquete</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Fichas informativas</translation>
    </message>
    <message>
        <source>Checklist status</source>
        <translation>Estado de la lista de verificación</translation>
    </message>
    <message>
        <source>Indicator annex</source>
        <translation>Anexo de indicadores</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Who&apos;s who</source>
        <translation>Quién es quién</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <source>Press Q&amp;&amp;A</source>
        <translation>Preguntas y respuestas de prensa</translation>
    </message>
    <message>
        <source>Scene-setter</source>
        <translation>Panorama</translation>
    </message>
    <message>
        <source>Event by event</source>
        <translation>Actividad por actividad</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Export readiness list</source>
        <translation>Lista de preparación para exportar</translation>
    </message>
    <message>
        <source>Packet profile</source>
        <translation>Perfil del paquete</translation>
    </message>
    <message>
        <source>The principal&apos;s book (no checklist or staff-only notes)</source>
        <translation>Libro del titular (sin lista de verificación ni notas internas)</translation>
    </message>
    <message>
        <source>Staff book (everything, with the checklist and open items)</source>
        <translation>Libro del equipo (todo, con la lista de verificación y los pendientes)</translation>
    </message>
    <message>
        <source>Include section: {name}</source>
        <translation>Incluir la sección: {name}</translation>
    </message>
    <message>
        <source>Each program event with its scenario, meeting memo and remarks.</source>
        <translation>Cada actividad del programa con su escenario, memorando de reunión y palabras.</translation>
    </message>
    <message>
        <source>List what changed in the book since the last exported packet: agenda items, brief texts (word by word), statuses and checklist items.</source>
        <translation>Enumerar lo que cambió en la carpeta informativa desde el último paquete informativo exportado: temas de la agenda, textos de las fichas (palabra por palabra), estados y tareas de la lista de verificación.</translation>
    </message>
    <message>
        <source>Packet format</source>
        <translation>Formato del paquete</translation>
    </message>
    <message>
        <source>PDF (for reading and printing)</source>
        <translation>PDF (para leer e imprimir)</translation>
    </message>
    <message>
        <source>Word document (for editing)</source>
        <translation>Documento de Word (para editar)</translation>
    </message>
    <message>
        <source>Web page (one self-contained file)</source>
        <translation>Página web (un solo archivo autónomo)</translation>
    </message>
    <message>
        <source>Packet language</source>
        <translation>Idioma del paquete</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English and Spanish, side by side (PDF, Word)</source>
        <translation>Inglés y español, en paralelo (PDF, Word)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Handling marking printed on every page</source>
        <translation>Clasificación impresa en cada página</translation>
    </message>
    <message>
        <source>DRAFT watermark</source>
        <translation>Marca de agua BORRADOR</translation>
    </message>
    <message>
        <source>Print a DRAFT watermark</source>
        <translation>Imprimir la marca de agua BORRADOR</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo de destino</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Elegir el archivo de destino</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export the packet</source>
        <translation>Exportar el paquete informativo</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>What is not ready yet</source>
        <translation>Lo que aún no está listo</translation>
    </message>
    <message numerus="yes">
        <source>%n brief fields not yet written</source>
        <translation>
            <numerusform>%n campo de las fichas aún sin redactar</numerusform>
            <numerusform>%n campos de las fichas aún sin redactar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n press questions without an answer or a record status</source>
        <translation>
            <numerusform>%n pregunta de prensa sin respuesta o sin clasificación elegida</numerusform>
            <numerusform>%n preguntas de prensa sin respuesta o sin clasificación elegida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people without a name</source>
        <translation>
            <numerusform>%n persona sin nombre</numerusform>
            <numerusform>%n personas sin nombre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist items overdue</source>
        <translation>
            <numerusform>%n tarea de la lista vencida</numerusform>
            <numerusform>%n tareas de la lista vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready yet (the packet prints these as they are):</source>
        <translation>Aún no está listo (el paquete los imprime tal como están):</translation>
    </message>
    <message>
        <source>Export packet as</source>
        <translation>Exportar el paquete informativo como</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Elija al menos una sección.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}. Replace it with this packet?</source>
        <translation>“{name}” ya existe en {folder}. ¿Reemplazarlo con este paquete informativo?</translation>
    </message>
    <message>
        <source>Not exported: choose another file name, or agree to replace the file.</source>
        <translation>No se exportó: elija otro nombre de archivo o acepte reemplazar el archivo.</translation>
    </message>
    <message>
        <source>Exporting the briefing packet…</source>
        <translation>Exportando el paquete informativo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Avance de la exportación</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Packet exported</source>
        <translation>Paquete informativo exportado</translation>
    </message>
    <message>
        <source>The packet was written to:
{path}</source>
        <translation>El paquete informativo se guardó en:
{path}</translation>
    </message>
    <message>
        <source>Open packet</source>
        <translation>Abrir el paquete informativo</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>The book is open read-only, so this packet&apos;s version was not logged in it.</source>
        <translation>El libro está abierto solo para lectura, así que la versión de este paquete no quedó registrada en él.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>BriefingBook user guide</source>
        <translation>Guía de uso de BriefingBook</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Every change to this book: when, by whom, and what it was before. Earlier texts of notes and briefs can be put back.</source>
        <translation>Todos los cambios en esta carpeta informativa: cuándo se hicieron, quién los hizo y qué había antes. Los textos anteriores de las notas y de las fichas pueden restaurarse.</translation>
    </message>
    <message>
        <source>Show changes to this kind of row</source>
        <translation>Mostrar los cambios en este tipo de registro</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Show changes by this author</source>
        <translation>Mostrar los cambios de este autor</translation>
    </message>
    <message>
        <source>Filter by text…</source>
        <translation>Filtrar por texto…</translation>
    </message>
    <message>
        <source>Show changes whose name or values contain this text</source>
        <translation>Mostrar los cambios cuyo nombre o valores contengan este texto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Changes to the book, newest first</source>
        <translation>Cambios en la carpeta informativa, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>The selected change</source>
        <translation>El cambio seleccionado</translation>
    </message>
    <message>
        <source>Before and after the selected change, word by word</source>
        <translation>Antes y después del cambio seleccionado, palabra por palabra</translation>
    </message>
    <message>
        <source>Selected change</source>
        <translation>Cambio seleccionado</translation>
    </message>
    <message>
        <source>Earlier texts of this field, newest first</source>
        <translation>Textos anteriores de este campo, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>The selected earlier text</source>
        <translation>El texto anterior seleccionado</translation>
    </message>
    <message>
        <source>Restore this text</source>
        <translation>Restaurar este texto</translation>
    </message>
    <message>
        <source>Put the selected earlier text back into the book</source>
        <translation>Restaurar en la carpeta informativa el texto anterior seleccionado</translation>
    </message>
    <message>
        <source>Earlier texts</source>
        <translation>Textos anteriores</translation>
    </message>
    <message>
        <source>Conflicts left open by merging a colleague&apos;s copy</source>
        <translation>Conflictos pendientes tras combinar la copia de un colega</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Versión de su colega</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Your colleague&apos;s version</source>
        <translation>Versión de su colega</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Keep your version of the selected conflict</source>
        <translation>Conservar su versión en el conflicto seleccionado</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <source>Take your colleague&apos;s version of the selected conflict</source>
        <translation>Tomar la versión de su colega en el conflicto seleccionado</translation>
    </message>
    <message>
        <source>History views</source>
        <translation>Vistas del historial</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos pendientes</translation>
    </message>
    <message>
        <source>Read-only: {reason} Earlier texts cannot be restored and conflicts cannot be settled.</source>
        <translation>Solo lectura: {reason} No se pueden restaurar textos anteriores ni resolver conflictos.</translation>
    </message>
    <message>
        <source>the book was opened read-only.</source>
        <translation>la carpeta informativa se abrió en modo de solo lectura.</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Todos los autores</translation>
    </message>
    <message numerus="yes">
        <source>%n changes shown (scroll down for older ones)</source>
        <translation>
            <numerusform>%n cambio mostrado (desplácese hacia abajo para ver los anteriores)</numerusform>
            <numerusform>%n cambios mostrados (desplácese hacia abajo para ver los anteriores)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes shown</source>
        <translation>
            <numerusform>%n cambio mostrado</numerusform>
            <numerusform>%n cambios mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>{series}, vintage {number}</source>
        <translation>{series}, versión {number}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>{author} (from {file})</source>
        <translation>{author} (de {file})</translation>
    </message>
    <message>
        <source>Book created · {title}</source>
        <translation>Carpeta informativa creada · {title}</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Moved up the list</source>
        <translation>Subió en la lista</translation>
    </message>
    <message>
        <source>Moved down the list</source>
        <translation>Bajó en la lista</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>{action}: {value}</source>
        <translation>{action}: {value}</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>{field} ({language})</source>
        <translation>{field} ({language})</translation>
    </message>
    <message>
        <source>No change matches the filters.</source>
        <translation>Ningún cambio coincide con los filtros.</translation>
    </message>
    <message>
        <source>Select a change to see it in full.</source>
        <translation>Seleccione un cambio para verlo completo.</translation>
    </message>
    <message>
        <source>{field}: changed by {author} on {when}</source>
        <translation>{field}: cambio realizado por {author} el {when}</translation>
    </message>
    <message>
        <source>Added by {author} on {when}</source>
        <translation>Agregado por {author} el {when}</translation>
    </message>
    <message>
        <source>Removed by {author} on {when}</source>
        <translation>Eliminado por {author} el {when}</translation>
    </message>
    <message>
        <source>Came with the merge of a colleague&apos;s copy ({file}).</source>
        <translation>Proviene de la combinación de la copia de un colega ({file}).</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Its values when it was added</source>
        <translation>Sus valores al momento de agregarse</translation>
    </message>
    <message>
        <source>Its values when it was removed</source>
        <translation>Sus valores al momento de eliminarse</translation>
    </message>
    <message>
        <source>{when}
{author} · current text</source>
        <translation>{when}
{author} · texto actual</translation>
    </message>
    <message>
        <source>{when}
{author} · first text</source>
        <translation>{when}
{author} · texto inicial</translation>
    </message>
    <message>
        <source>{when}
{author}</source>
        <translation>{when}
{author}</translation>
    </message>
    <message>
        <source>Earlier texts are kept for notes and brief texts: select a change to one of them to see every text it had.</source>
        <translation>Se conservan los textos anteriores de las notas y de los textos de las fichas: seleccione un cambio en alguno de ellos para ver todos los textos que ha tenido.</translation>
    </message>
    <message>
        <source>Select an earlier text.</source>
        <translation>Seleccione un texto anterior.</translation>
    </message>
    <message>
        <source>The book is open read-only: texts cannot be restored.</source>
        <translation>La carpeta informativa está abierta en modo de solo lectura: no se pueden restaurar textos.</translation>
    </message>
    <message>
        <source>This row is no longer in the book: its texts can be read but not restored.</source>
        <translation>Este registro ya no está en la carpeta informativa: sus textos pueden consultarse, pero no restaurarse.</translation>
    </message>
    <message>
        <source>This is the current text.</source>
        <translation>Este es el texto actual.</translation>
    </message>
    <message>
        <source>Put back the text of “{field}” of {what} as it was on {when}?

The current text stays in the history and can be restored in turn.</source>
        <translation>¿Restaurar el texto de “{field}” de {what} tal como estaba el {when}?

El texto actual se conserva en el historial y también podrá restaurarse.</translation>
    </message>
    <message>
        <source>Restore text</source>
        <translation>Restaurar texto</translation>
    </message>
    <message>
        <source>Cannot restore the text</source>
        <translation>No se puede restaurar el texto</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(modificado)</translation>
    </message>
    <message>
        <source>(edited: {fields})</source>
        <translation>(modificado: {fields})</translation>
    </message>
    <message>
        <source>Open conflicts ({count})</source>
        <translation>Conflictos pendientes ({count})</translation>
    </message>
    <message>
        <source>Merging a colleague&apos;s copy left these for you to decide: each was changed differently in both copies. Keep your version or take theirs.</source>
        <translation>Al combinar la copia de un colega quedaron estos conflictos por decidir: cada uno se modificó de forma distinta en las dos copias. Conserve su versión o tome la de su colega.</translation>
    </message>
    <message>
        <source>No open conflicts. When a colleague&apos;s copy changed the same thing as you did, differently, the merge lists it here for you to decide.</source>
        <translation>No hay conflictos pendientes. Cuando la copia de un colega modifica lo mismo que usted, pero de otra forma, la combinación lo muestra aquí para que usted decida.</translation>
    </message>
    <message>
        <source>{file} ({author})</source>
        <translation>{file} ({author})</translation>
    </message>
    <message>
        <source>The book is open read-only: conflicts cannot be settled.</source>
        <translation>La carpeta informativa está abierta en modo de solo lectura: no se pueden resolver conflictos.</translation>
    </message>
    <message>
        <source>Cannot settle the conflict</source>
        <translation>No se puede resolver el conflicto</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import indicator data</source>
        <translation>Importar datos de indicadores</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo por importar</translation>
    </message>
    <message>
        <source>A CSV or XLSX file (World Bank, FRED, Banxico SIE, INEGI, Census…)</source>
        <translation>Un archivo CSV o XLSX (Banco Mundial, FRED, SIE de Banxico, INEGI, Census Bureau…)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elegir el archivo por importar</translation>
    </message>
    <message>
        <source>Worksheet (XLSX only; empty for the first usable sheet)</source>
        <translation>Hoja de cálculo (solo XLSX; déjelo vacío para usar la primera hoja utilizable)</translation>
    </message>
    <message>
        <source>Country code when the file has none (e.g. MEX)</source>
        <translation>Código de país si el archivo no lo indica (p. ej., MEX)</translation>
    </message>
    <message>
        <source>A country code such as MEX; empty: the series applies to all</source>
        <translation>Un código de país como MEX; vacío: la serie aplica a todos</translation>
    </message>
    <message>
        <source>Aggregate to annual</source>
        <translation>Agregar a frecuencia anual</translation>
    </message>
    <message>
        <source>Keep the file&apos;s periods</source>
        <translation>Conservar los periodos del archivo</translation>
    </message>
    <message>
        <source>Annual sum</source>
        <translation>Suma anual</translation>
    </message>
    <message>
        <source>Annual mean</source>
        <translation>Promedio anual</translation>
    </message>
    <message>
        <source>Value column</source>
        <translation>Columna de valores</translation>
    </message>
    <message>
        <source>The column of the file that holds the values to import</source>
        <translation>La columna del archivo que contiene los valores por importar</translation>
    </message>
    <message>
        <source>Read file</source>
        <translation>Leer archivo</translation>
    </message>
    <message>
        <source>Read and check the file</source>
        <translation>Leer y revisar el archivo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periodos</translation>
    </message>
    <message>
        <source>What was understood</source>
        <translation>Interpretación del archivo</translation>
    </message>
    <message>
        <source>Problems found, by row</source>
        <translation>Problemas encontrados, por fila</translation>
    </message>
    <message>
        <source>Preview of the values</source>
        <translation>Vista previa de los valores</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Series name</source>
        <translation>Nombre de la serie</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Source (publisher)</source>
        <translation>Fuente (editor)</translation>
    </message>
    <message>
        <source>Series code</source>
        <translation>Código de la serie</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Fecha de corte de los datos</translation>
    </message>
    <message>
        <source>Confirm the series</source>
        <translation>Confirme la serie</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Datos al</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <source>What is needed before importing</source>
        <translation>Lo que falta para importar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Store the series in the book</source>
        <translation>Guardar la serie en la carpeta informativa</translation>
    </message>
    <message>
        <source>Choose the value column above to see what will be imported.</source>
        <translation>Elija arriba la columna de valores para ver qué se importará.</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is: see the problems above, or choose another file.</source>
        <translation>Este archivo no se puede importar tal como está: vea los problemas de arriba o elija otro archivo.</translation>
    </message>
    <message>
        <source>Read a file to see what will be imported.</source>
        <translation>Lea un archivo para ver qué se importará.</translation>
    </message>
    <message>
        <source>To import, fill in the series&apos; {fields}.</source>
        <translation>Para importar, complete estos datos de la serie: {fields}.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Import data from</source>
        <translation>Importar datos de</translation>
    </message>
    <message>
        <source>Data files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Archivos de datos (*.csv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the column that holds the values…</source>
        <translation>Elija la columna que contiene los valores…</translation>
    </message>
    <message>
        <source>{column} (text)</source>
        <translation>{column} (texto)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Elija un archivo primero.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Several columns could hold the values: choose the value column to see the preview.</source>
        <translation>Varias columnas podrían contener los valores: elija la columna de valores para ver la vista previa.</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was written.</source>
        <translation>El archivo no se importó; no se guardó nada.</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>fila {row}: {problem}</translation>
    </message>
    <message>
        <source>, aggregated to annual ({how})</source>
        <translation>, agregados a frecuencia anual ({how})</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <source>Unit *</source>
        <translation>Unidad *</translation>
    </message>
    <message>
        <source>Source *</source>
        <translation>Fuente *</translation>
    </message>
    <message numerus="yes">
        <source>Understood as: {layout}. %n values, {frequency}{aggregated}, {first} to {last}; countries: {countries}.</source>
        <translation>
            <numerusform>Interpretado como: {layout}. %n valor, {frequency}{aggregated}, de {first} a {last}; países: {countries}.</numerusform>
            <numerusform>Interpretado como: {layout}. %n valores, {frequency}{aggregated}, de {first} a {last}; países: {countries}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the series&apos; {fields}.</source>
        <translation>Complete estos datos de la serie: {fields}.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>in English</source>
        <translation>en inglés</translation>
    </message>
    <message>
        <source>in Spanish</source>
        <translation>en español</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New book…</source>
        <translation>&amp;Nueva carpeta informativa…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Guardar una &amp;copia como…</translation>
    </message>
    <message>
        <source>Save a copy for a co&amp;lleague…</source>
        <translation>Guardar una copia para un c&amp;olega…</translation>
    </message>
    <message>
        <source>&amp;Merge a colleague&apos;s copy…</source>
        <translation>Co&amp;mbinar la copia de un colega…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurar desde un res&amp;paldo…</translation>
    </message>
    <message>
        <source>Encr&amp;ypt book…</source>
        <translation>Ci&amp;frar carpeta informativa…</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importar datos…</translation>
    </message>
    <message>
        <source>&amp;Export packet…</source>
        <translation>&amp;Exportar paquete informativo…</translation>
    </message>
    <message>
        <source>Export c&amp;alendar…</source>
        <translation>Exportar ca&amp;lendario…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <source>&amp;Find in the brief…</source>
        <translation>&amp;Buscar en la ficha…</translation>
    </message>
    <message>
        <source>&amp;Summit details…</source>
        <translation>&amp;Datos de la cumbre…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Agenda and brief</source>
        <translation>&amp;Agenda y ficha</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficas</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>&amp;Lista de verificación</translation>
    </message>
    <message>
        <source>&amp;Recommendations</source>
        <translation>&amp;Recomendaciones</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>Perso&amp;nas</translation>
    </message>
    <message>
        <source>Pre&amp;ss guidance</source>
        <translation>&amp;Orientación para prensa</translation>
    </message>
    <message>
        <source>&amp;Deliverables</source>
        <translation>&amp;Entregables</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Cumbre</translation>
    </message>
    <message>
        <source>Summit details…</source>
        <translation>Datos de la cumbre…</translation>
    </message>
    <message>
        <source>Edit the summit&apos;s title, place, date, delegation and marking</source>
        <translation>Editar el título, el lugar, la fecha, la delegación y la clasificación de la cumbre</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Aviso de solo lectura</translation>
    </message>
    <message>
        <source>Read-only: {reason} Changes cannot be saved.</source>
        <translation>Solo lectura: {reason} No se pueden guardar los cambios.</translation>
    </message>
    <message>
        <source>the book was opened read-only.</source>
        <translation>la carpeta informativa se abrió en modo de solo lectura.</translation>
    </message>
    <message>
        <source>top</source>
        <translation>parte superior</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>parte inferior</translation>
    </message>
    <message>
        <source>Handling marking ({where})</source>
        <translation>Clasificación ({where})</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>Agenda and brief</source>
        <translation>Agenda y ficha</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficas</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Press guidance</source>
        <translation>Orientación para prensa</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>That passphrase does not open “{name}”. Try again:</source>
        <translation>Esa frase de contraseña no abre “{name}”. Vuelva a intentarlo:</translation>
    </message>
    <message>
        <source>“{name}” is encrypted. Passphrase:</source>
        <translation>El archivo “{name}” está cifrado. Frase de contraseña:</translation>
    </message>
    <message>
        <source>Encrypted book</source>
        <translation>Carpeta informativa cifrada</translation>
    </message>
    <message>
        <source>{name} was not opened (no passphrase given).</source>
        <translation>No se abrió {name} (no se proporcionó la frase de contraseña).</translation>
    </message>
    <message>
        <source>Damaged book</source>
        <translation>Carpeta informativa dañada</translation>
    </message>
    <message>
        <source>{error}

Restore the newest good backup ({when})? The damaged file is kept beside the book.</source>
        <translation>{error}

¿Restaurar el respaldo válido más reciente ({when})? El archivo dañado se conserva junto al archivo de la carpeta informativa.</translation>
    </message>
    <message>
        <source>The backup on opening failed: {error}</source>
        <translation>No se pudo hacer el respaldo al abrir: {error}</translation>
    </message>
    <message>
        <source>Scene-setter</source>
        <translation>Panorama</translation>
    </message>
    <message>
        <source>Sce&amp;ne-setter</source>
        <translation>Pa&amp;norama</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Re&amp;marks</source>
        <translation>Pala&amp;bras</translation>
    </message>
    <message>
        <source>Welcome to BriefingBook. The agenda is on the left, each item&apos;s brief on the right; Ctrl+1 … Ctrl+9 switch panes and Ctrl+K searches everything.</source>
        <translation>Bienvenido a BriefingBook. La agenda está a la izquierda y la ficha de cada tema a la derecha; Ctrl+1 … Ctrl+9 cambian de panel y Ctrl+K busca en todo.</translation>
    </message>
    <message>
        <source>Install re&amp;ference pack…</source>
        <translation>Instalar paquete de re&amp;ferencia…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About BriefingBook…</source>
        <translation>&amp;Acerca de BriefingBook…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Cannot open book</source>
        <translation>No se puede abrir la carpeta informativa</translation>
    </message>
    <message>
        <source>Open book</source>
        <translation>Abrir carpeta informativa</translation>
    </message>
    <message>
        <source>Briefing books (*.bbook)</source>
        <translation>Carpetas informativas (*.bbook)</translation>
    </message>
    <message>
        <source>Save new book as</source>
        <translation>Guardar la nueva carpeta informativa como</translation>
    </message>
    <message>
        <source>Cannot create book</source>
        <translation>No se puede crear la carpeta informativa</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>Backup failed: {error}</source>
        <translation>No se pudo hacer el respaldo: {error}</translation>
    </message>
    <message>
        <source>Backup made: {when}</source>
        <translation>Respaldo realizado: {when}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde un respaldo</translation>
    </message>
    <message>
        <source>There are no backups of this book yet.</source>
        <translation>Aún no hay respaldos de esta carpeta informativa.</translation>
    </message>
    <message>
        <source>Restored the backup of {when}.</source>
        <translation>Se restauró el respaldo del {when}.</translation>
    </message>
    <message>
        <source>Encrypt book</source>
        <translation>Cifrar carpeta informativa</translation>
    </message>
    <message>
        <source>New passphrase (at least 8 characters; it cannot be recovered):</source>
        <translation>Nueva frase de contraseña (al menos 8 caracteres; no se puede recuperar):</translation>
    </message>
    <message>
        <source>The passphrase is too short.</source>
        <translation>La frase de contraseña es demasiado corta.</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Escriba de nuevo la misma frase de contraseña:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>The book is open read-only.</source>
        <translation>La carpeta informativa está abierta en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Frase de contraseña actual:</translation>
    </message>
    <message>
        <source>The book is encrypted.</source>
        <translation>La carpeta informativa está cifrada.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>No se puede exportar el calendario</translation>
    </message>
    <message>
        <source>Calendar written to {path}: {events} program events, {dated} checklist dates</source>
        <translation>Calendario guardado en {path}: {events} actividades del programa, {dated} fechas de la lista de verificación</translation>
    </message>
    <message>
        <source>Cannot change the summit</source>
        <translation>No se pueden modificar los datos de la cumbre</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <source>Meeting memo: {title}</source>
        <translation>Memorando de reunión: {title}</translation>
    </message>
    <message>
        <source>Saved as you work. The agenda items&apos; points to make and press lines come from their briefs: edit them in the brief, and the memo follows.</source>
        <translation>Se guarda mientras trabaja. Los puntos a plantear y la línea de prensa de cada tema vienen de su ficha: edítelos en la ficha y el memorando los refleja.</translation>
    </message>
    <message>
        <source>Participants, in order</source>
        <translation>Participantes, en orden</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Role in this meeting</source>
        <translation>Función en esta reunión</translation>
    </message>
    <message>
        <source>Role of the selected participant in this meeting</source>
        <translation>Función del participante seleccionado en esta reunión</translation>
    </message>
    <message>
        <source>Agenda items to raise, in order</source>
        <translation>Temas de la agenda por plantear, en orden</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>tema de la agenda</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tema de la agenda</translation>
    </message>
    <message>
        <source>From the brief: points to make and press line</source>
        <translation>De la ficha: puntos a plantear y línea de prensa</translation>
    </message>
    <message>
        <source>Deliverables to announce, in order</source>
        <translation>Entregables por anunciar, en orden</translation>
    </message>
    <message>
        <source>deliverable</source>
        <translation>entregable</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Entregable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Our objectives for this meeting</source>
        <translation>Nuestros objetivos para esta reunión</translation>
    </message>
    <message>
        <source>What they will raise</source>
        <translation>Lo que plantearán</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Remove memo</source>
        <translation>Quitar memorando</translation>
    </message>
    <message>
        <source>Remove this meeting&apos;s memo</source>
        <translation>Quitar el memorando de esta reunión</translation>
    </message>
    <message>
        <source>From the brief of “{title}”:
Points to make:
{points}
Press line:
{press}</source>
        <translation>De la ficha de «{title}»:
Puntos a plantear:
{points}
Línea de prensa:
{press}</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(aún sin redactar)</translation>
    </message>
    <message>
        <source>Select an agenda item to see its points to make and press line from the brief.</source>
        <translation>Seleccione un tema de la agenda para ver sus puntos a plantear y su línea de prensa de la ficha.</translation>
    </message>
    <message>
        <source>Cannot change the meeting memo</source>
        <translation>No se puede modificar el memorando de reunión</translation>
    </message>
    <message>
        <source>Remove this meeting&apos;s memo? Its texts and links are removed.</source>
        <translation>¿Quitar el memorando de esta reunión? Se quitan sus textos y vínculos.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>{what} “{label}”</source>
        <translation>{what} “{label}”</translation>
    </message>
    <message>
        <source>{series}, {vintage}</source>
        <translation>{series}, {vintage}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Sin completar</translation>
    </message>
    <message>
        <source>Done ({when})</source>
        <translation>Completada ({when})</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Place {n} in the list</source>
        <translation>Posición {n} en la lista</translation>
    </message>
    <message>
        <source>{what}: added</source>
        <translation>{what}: se agregó</translation>
    </message>
    <message>
        <source>{what}: removed</source>
        <translation>{what}: se eliminó</translation>
    </message>
    <message>
        <source>{what}: {field} changed</source>
        <translation>{what}: cambio en {field}</translation>
    </message>
    <message>
        <source>{what} list</source>
        <translation>Lista: {what}</translation>
    </message>
    <message>
        <source>You removed it</source>
        <translation>Usted lo eliminó</translation>
    </message>
    <message>
        <source>They changed it: {fields}</source>
        <translation>Su colega lo modificó: {fields}</translation>
    </message>
    <message>
        <source>They changed it</source>
        <translation>Su colega lo modificó</translation>
    </message>
    <message>
        <source>They removed it</source>
        <translation>Su colega lo eliminó</translation>
    </message>
    <message>
        <source>You changed it: {fields}</source>
        <translation>Usted lo modificó: {fields}</translation>
    </message>
    <message>
        <source>You changed it</source>
        <translation>Usted lo modificó</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s copy</source>
        <translation>Combinar la copia de un colega</translation>
    </message>
    <message>
        <source>Changes from “{file}”, made by {author}</source>
        <translation>Cambios provenientes de “{file}”, realizados por {author}</translation>
    </message>
    <message>
        <source>Changes from “{file}”</source>
        <translation>Cambios provenientes de “{file}”</translation>
    </message>
    <message>
        <source>Where the changes come from</source>
        <translation>Procedencia de los cambios</translation>
    </message>
    <message>
        <source>1 change from their copy applies as it is</source>
        <translation>1 cambio de la copia de su colega se aplica tal como está</translation>
    </message>
    <message>
        <source>{n} changes from their copy apply as they are</source>
        <translation>{n} cambios de la copia de su colega se aplican tal como están</translation>
    </message>
    <message>
        <source>1 conflict needs your decision</source>
        <translation>1 conflicto requiere su decisión</translation>
    </message>
    <message>
        <source>{n} conflicts need your decision</source>
        <translation>{n} conflictos requieren su decisión</translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation>sin conflictos</translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message>
        <source>Summary of the merge</source>
        <translation>Resumen de la combinación</translation>
    </message>
    <message>
        <source>Changes that apply</source>
        <translation>Cambios que se aplican</translation>
    </message>
    <message>
        <source>Changes from their copy that apply as they are</source>
        <translation>Cambios de la copia de su colega que se aplican tal como están</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <source>Their changes are already in this book; only their history is recorded.</source>
        <translation>Los cambios de su colega ya están en esta carpeta informativa; solo se registra su historial.</translation>
    </message>
    <message>
        <source>Nothing applies without a decision.</source>
        <translation>Ningún cambio se aplica sin que usted decida.</translation>
    </message>
    <message>
        <source>Conflicts: the same thing changed differently in both copies</source>
        <translation>Conflictos: lo mismo se modificó de forma distinta en las dos copias</translation>
    </message>
    <message>
        <source>Conflicts, your version beside theirs</source>
        <translation>Conflictos: su versión junto a la de su colega</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Versión de su colega</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidir después</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <source>Decision for {what} {field}</source>
        <translation>Decisión sobre {what} {field}</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Conservar todas las mías</translation>
    </message>
    <message>
        <source>Keep your version in every conflict</source>
        <translation>Conservar su versión en todos los conflictos</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Tomar todas las suyas</translation>
    </message>
    <message>
        <source>Take their version in every conflict</source>
        <translation>Tomar la versión de su colega en todos los conflictos</translation>
    </message>
    <message>
        <source>Decide all later</source>
        <translation>Decidir todo después</translation>
    </message>
    <message>
        <source>Keep every conflict open to decide later</source>
        <translation>Dejar todos los conflictos pendientes para decidir después</translation>
    </message>
    <message>
        <source>Conflicts decided so far</source>
        <translation>Conflictos decididos hasta ahora</translation>
    </message>
    <message>
        <source>Selected conflict</source>
        <translation>Conflicto seleccionado</translation>
    </message>
    <message>
        <source>Your version of the selected conflict, in full</source>
        <translation>Su versión del conflicto seleccionado, completa</translation>
    </message>
    <message>
        <source>Their version of the selected conflict, in full</source>
        <translation>La versión de su colega del conflicto seleccionado, completa</translation>
    </message>
    <message>
        <source>Choose for each conflict which version to keep. “Decide later” keeps both versions: the conflict stays in the book, listed in the History pane, until you settle it.</source>
        <translation>Elija para cada conflicto qué versión conservar. “Decidir después” conserva ambas versiones: el conflicto permanece en la carpeta informativa, en la lista del panel Historial, hasta que usted lo resuelva.</translation>
    </message>
    <message>
        <source>The book is backed up before the merge, and the merge is made in one step: all of it or nothing. Their file is not changed.</source>
        <translation>Antes de combinar, se respalda la carpeta informativa, y la combinación se realiza en un solo paso: se aplica completa o no se aplica. El archivo de su colega no se modifica.</translation>
    </message>
    <message>
        <source>About the merge</source>
        <translation>Acerca de la combinación</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Merge their changes into this book</source>
        <translation>Combinar los cambios de su colega en esta carpeta informativa</translation>
    </message>
    <message>
        <source>Cancel the merge; nothing is changed</source>
        <translation>Cancelar la combinación; no se modifica nada</translation>
    </message>
    <message>
        <source>Decided: {decided} of {total}</source>
        <translation>Decididos: {decided} de {total}</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>se abrió en modo de solo lectura</translation>
    </message>
    <message>
        <source>This book is open read-only ({reason}), so nothing can be merged into it.</source>
        <translation>Esta carpeta informativa está abierta en modo de solo lectura ({reason}), por lo que no se puede combinar nada en ella.</translation>
    </message>
    <message>
        <source>Briefing books (*.bbook)</source>
        <translation>Carpetas informativas (*.bbook)</translation>
    </message>
    <message>
        <source>“{name}” is this book itself; choose the copy your colleague gave you. Nothing was changed.</source>
        <translation>“{name}” es esta misma carpeta informativa; elija la copia que le entregó su colega. No se modificó nada.</translation>
    </message>
    <message>
        <source>Nothing to merge: this book already has every change in “{name}”.</source>
        <translation>No hay nada que combinar: esta carpeta informativa ya tiene todos los cambios de “{name}”.</translation>
    </message>
    <message>
        <source>The merge was not made; the book is unchanged.

{error}</source>
        <translation>No se realizó la combinación; la carpeta informativa no se modificó.

{error}</translation>
    </message>
    <message>
        <source>Merged “{file}”: {applied}</source>
        <translation>Se combinó “{file}”: {applied}</translation>
    </message>
    <message>
        <source>1 change applied</source>
        <translation>1 cambio aplicado</translation>
    </message>
    <message>
        <source>{n} changes applied</source>
        <translation>{n} cambios aplicados</translation>
    </message>
    <message>
        <source>1 conflict decided</source>
        <translation>1 conflicto decidido</translation>
    </message>
    <message>
        <source>{n} conflicts decided</source>
        <translation>{n} conflictos decididos</translation>
    </message>
    <message>
        <source>1 conflict left open, listed in the History pane</source>
        <translation>1 conflicto pendiente, en la lista del panel Historial</translation>
    </message>
    <message>
        <source>{n} conflicts left open, listed in the History pane</source>
        <translation>{n} conflictos pendientes, en la lista del panel Historial</translation>
    </message>
    <message>
        <source>Some of their changes could not be applied:

{lines}</source>
        <translation>No se pudieron aplicar algunos cambios de su colega:

{lines}</translation>
    </message>
    <message>
        <source>The passphrase is too short (at least {n} characters).</source>
        <translation>La frase de contraseña es demasiado corta (al menos {n} caracteres).</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Save a copy for a colleague</source>
        <translation>Guardar una copia para un colega</translation>
    </message>
    <message>
        <source>An encrypted copy needs a passphrase of its own.</source>
        <translation>Una copia cifrada necesita su propia frase de contraseña.</translation>
    </message>
    <message>
        <source>Copy for a colleague saved to {path}, encrypted with its own passphrase.</source>
        <translation>Copia para un colega guardada en {path}, cifrada con su propia frase de contraseña.</translation>
    </message>
    <message>
        <source>Copy for a colleague saved to {path}.</source>
        <translation>Copia para un colega guardada en {path}.</translation>
    </message>
</context>
<context>
    <name>OrderedLinks</name>
    <message>
        <source>Choose one to add: {what}</source>
        <translation>Elija uno para agregar: {what}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add the chosen one: {what}</source>
        <translation>Agregar el elegido: {what}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected row: {what}</source>
        <translation>Quitar la fila seleccionada: {what}</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected row up: {what}</source>
        <translation>Subir la fila seleccionada: {what}</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected row down: {what}</source>
        <translation>Bajar la fila seleccionada: {what}</translation>
    </message>
</context>
<context>
    <name>PeoplePane</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Agregar una persona</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected person</source>
        <translation>Eliminar a la persona seleccionada</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected person up</source>
        <translation>Subir a la persona seleccionada</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected person down</source>
        <translation>Bajar a la persona seleccionada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>People at the summit, by side</source>
        <translation>Personas en la cumbre, por parte</translation>
    </message>
    <message>
        <source>Title and organisation</source>
        <translation>Cargo y organización</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role at the summit</source>
        <translation>Función en la cumbre</translation>
    </message>
    <message>
        <source>Pronunciation note</source>
        <translation>Nota de pronunciación</translation>
    </message>
    <message>
        <source>Last met</source>
        <translation>Último encuentro</translation>
    </message>
    <message>
        <source>Short biography</source>
        <translation>Semblanza breve</translation>
    </message>
    <message>
        <source>Talking notes</source>
        <translation>Notas para la conversación</translation>
    </message>
    <message>
        <source>Name to be confirmed</source>
        <translation>Nombre por confirmar</translation>
    </message>
    <message>
        <source>When and where the principal last met them</source>
        <translation>Cuándo y dónde se reunió el titular con esta persona por última vez</translation>
    </message>
    <message>
        <source>The person&apos;s name is to be confirmed</source>
        <translation>El nombre de la persona está por confirmar</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>The person&apos;s events: program events and meeting memos</source>
        <translation>Actividades de la persona: actividades del programa y memorandos de reunión</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotografía</translation>
    </message>
    <message>
        <source>Import photo…</source>
        <translation>Importar fotografía…</translation>
    </message>
    <message>
        <source>Import a photo from a PNG or JPEG file</source>
        <translation>Importar una fotografía desde un archivo PNG o JPEG</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar fotografía</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Quitar la fotografía</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin fotografía</translation>
    </message>
    <message>
        <source>in the meeting memo as {role}</source>
        <translation>en el memorando de reunión como {role}</translation>
    </message>
    <message>
        <source>in the meeting memo</source>
        <translation>en el memorando de reunión</translation>
    </message>
    <message>
        <source>Not in any program event yet</source>
        <translation>Aún no participa en ninguna actividad del programa</translation>
    </message>
    <message>
        <source>Cannot save the person</source>
        <translation>No se pueden guardar los datos de la persona</translation>
    </message>
    <message>
        <source>Cannot add the person</source>
        <translation>No se puede agregar a la persona</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>Delete “{name}”? They are also removed from the program&apos;s events.</source>
        <translation>¿Eliminar a “{name}”? También se quitará de las actividades del programa.</translation>
    </message>
    <message>
        <source>Cannot delete the person</source>
        <translation>No se puede eliminar a la persona</translation>
    </message>
    <message>
        <source>Cannot move the person</source>
        <translation>No se puede mover a la persona</translation>
    </message>
    <message>
        <source>Import photo</source>
        <translation>Importar fotografía</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot import the photo</source>
        <translation>No se puede importar la fotografía</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>The language of a book&apos;s content (issue titles, summaries, packets) is set per book in Summit details.</source>
        <translation>El idioma del contenido de una carpeta informativa (títulos de los temas, resúmenes, paquetes informativos) se define para cada carpeta en Datos de la cumbre.</translation>
    </message>
    <message>
        <source>Your name (recorded with your changes in the book&apos;s history)</source>
        <translation>Su nombre (se registra con sus cambios en el historial de la carpeta informativa)</translation>
    </message>
    <message>
        <source>Every change you make is recorded in the book&apos;s history under this name; colleagues see it when they merge your copy. Left empty, your computer&apos;s user name is used.</source>
        <translation>Cada cambio que usted haga se registra con este nombre en el historial de la carpeta informativa; sus colegas lo verán al combinar su copia. Si lo deja vacío, se usará el nombre de usuario de su computadora.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Flag series whose latest data are older than this many years</source>
        <translation>Señalar las series cuyos datos más recientes tengan más de estos años</translation>
    </message>
    <message>
        <source>Flag data older than</source>
        <translation>Señalar datos con más de</translation>
    </message>
</context>
<context>
    <name>PressPane</name>
    <message>
        <source>Press guidance</source>
        <translation>Orientación para prensa</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Temas de la agenda</translation>
    </message>
    <message>
        <source>Top lines for the selected agenda item</source>
        <translation>Mensajes clave del tema de la agenda seleccionado</translation>
    </message>
    <message>
        <source>The few lines to get across on this item (lines starting “- ” become bullets)</source>
        <translation>Los pocos mensajes que se deben transmitir sobre este tema (las líneas que empiezan con “- ” se convierten en viñetas)</translation>
    </message>
    <message>
        <source>Anticipated questions</source>
        <translation>Preguntas previsibles</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Agreed answer</source>
        <translation>Respuesta acordada</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>The selected question in full</source>
        <translation>La pregunta seleccionada completa</translation>
    </message>
    <message>
        <source>Select a question to read it here in full.</source>
        <translation>Seleccione una pregunta para leerla aquí completa.</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Agregar pregunta</translation>
    </message>
    <message>
        <source>Add a press question to the selected agenda item</source>
        <translation>Agregar una pregunta de prensa al tema de la agenda seleccionado</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the selected press question</source>
        <translation>Editar la pregunta de prensa seleccionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected press question</source>
        <translation>Eliminar la pregunta de prensa seleccionada</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected question up</source>
        <translation>Subir la pregunta seleccionada</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected question down</source>
        <translation>Bajar la pregunta seleccionada</translation>
    </message>
    <message>
        <source>Top lines</source>
        <translation>Mensajes clave</translation>
    </message>
    <message>
        <source>(prompt: to be written)</source>
        <translation>(pauta: por redactar)</translation>
    </message>
    <message>
        <source>(no answer yet)</source>
        <translation>(aún sin respuesta)</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(sin elegir)</translation>
    </message>
    <message>
        <source>Cannot add the question</source>
        <translation>No se puede agregar la pregunta</translation>
    </message>
    <message>
        <source>Cannot change the question</source>
        <translation>No se puede modificar la pregunta</translation>
    </message>
    <message>
        <source>Delete press question</source>
        <translation>Eliminar pregunta de prensa</translation>
    </message>
    <message>
        <source>Delete the question “{question}”?</source>
        <translation>¿Eliminar la pregunta “{question}”?</translation>
    </message>
    <message>
        <source>Cannot delete the question</source>
        <translation>No se puede eliminar la pregunta</translation>
    </message>
    <message>
        <source>Cannot move the question</source>
        <translation>No se puede mover la pregunta</translation>
    </message>
</context>
<context>
    <name>ProgramPane</name>
    <message>
        <source>Summit program</source>
        <translation>Programa de la cumbre</translation>
    </message>
    <message>
        <source>Summit time zone (a city, or an IANA name such as America/Chicago)</source>
        <translation>Zona horaria de la cumbre (una ciudad, o un nombre IANA como America/Chicago)</translation>
    </message>
    <message>
        <source>Home time zone (a city, or an IANA name such as America/Chicago)</source>
        <translation>Zona horaria de origen (una ciudad, o un nombre IANA como America/Chicago)</translation>
    </message>
    <message>
        <source>Summit time zone:</source>
        <translation>Zona horaria de la cumbre:</translation>
    </message>
    <message>
        <source>Home time zone:</source>
        <translation>Zona horaria de origen:</translation>
    </message>
    <message>
        <source>Program events by day</source>
        <translation>Actividades del programa por día</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Home time</source>
        <translation>Hora de origen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Traslape</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Agregar actividad</translation>
    </message>
    <message>
        <source>Add a program event</source>
        <translation>Agregar una actividad al programa</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the selected program event</source>
        <translation>Editar la actividad seleccionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected program event</source>
        <translation>Eliminar la actividad seleccionada</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Move the selected event earlier in its day (swaps start times)</source>
        <translation>Adelantar la actividad seleccionada dentro de su día (intercambia las horas de inicio)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Move the selected event later in its day (swaps start times)</source>
        <translation>Atrasar la actividad seleccionada dentro de su día (intercambia las horas de inicio)</translation>
    </message>
    <message>
        <source>Scenario…</source>
        <translation>Escenario…</translation>
    </message>
    <message>
        <source>Edit the scenario of the selected event</source>
        <translation>Editar el escenario de la actividad seleccionada</translation>
    </message>
    <message>
        <source>Meeting memo…</source>
        <translation>Memorando de reunión…</translation>
    </message>
    <message>
        <source>Write or edit the meeting memo of the selected meeting</source>
        <translation>Redactar o editar el memorando de la reunión seleccionada</translation>
    </message>
    <message>
        <source>The selected event&apos;s scenario, meeting memo and remarks</source>
        <translation>Escenario, memorando de reunión y palabras de la actividad seleccionada</translation>
    </message>
    <message>
        <source>Program summary</source>
        <translation>Resumen del programa</translation>
    </message>
    <message>
        <source>Program outside the summit&apos;s dates</source>
        <translation>Programa fuera de las fechas de la cumbre</translation>
    </message>
    <message>
        <source>Local time ({city})</source>
        <translation>Hora local ({city})</translation>
    </message>
    <message>
        <source>Home time ({city})</source>
        <translation>Hora de origen ({city})</translation>
    </message>
    <message>
        <source>Overlaps {events} ({people})</source>
        <translation>Se traslapa con {events} ({people})</translation>
    </message>
    <message>
        <source>{events} events over {days} days; {conflicts} with an overlap</source>
        <translation>{events} actividades en {days} días; {conflicts} con traslape</translation>
    </message>
    <message>
        <source>Events outside the summit&apos;s dates ({first} to {last}): {count}. Change their day with Edit, or the summit date in Summit details.</source>
        <translation>Actividades fuera de las fechas de la cumbre ({first} a {last}): {count}. Cambie su día con Editar, o la fecha de la cumbre en Datos de la cumbre.</translation>
    </message>
    <message>
        <source>Outside the summit&apos;s dates</source>
        <translation>Fuera de las fechas de la cumbre</translation>
    </message>
    <message>
        <source>Only meetings have a memo.</source>
        <translation>Solo las reuniones tienen memorando.</translation>
    </message>
    <message numerus="yes">
        <source>Scenario: %n steps, {first}–{last}</source>
        <translation>
            <numerusform>Escenario: %n paso, {first}–{last}</numerusform>
            <numerusform>Escenario: %n pasos, {first}–{last}</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario: none yet</source>
        <translation>Escenario: aún no hay</translation>
    </message>
    <message>
        <source>Meeting memo: not written yet</source>
        <translation>Memorando de reunión: aún sin redactar</translation>
    </message>
    <message>
        <source>Meeting memo: {people} participants, {items} agenda items, {deliverables} deliverables</source>
        <translation>Memorando de reunión: {people} participantes, {items} temas de la agenda, {deliverables} entregables</translation>
    </message>
    <message>
        <source>Remarks: {list}</source>
        <translation>Palabras: {list}</translation>
    </message>
    <message>
        <source>Cannot set the time zone</source>
        <translation>No se puede establecer la zona horaria</translation>
    </message>
    <message>
        <source>Cannot add the event</source>
        <translation>No se puede agregar la actividad</translation>
    </message>
    <message>
        <source>Cannot change the event</source>
        <translation>No se puede modificar la actividad</translation>
    </message>
    <message>
        <source>Delete program event</source>
        <translation>Eliminar actividad del programa</translation>
    </message>
    <message>
        <source>Delete “{title}” from the program?</source>
        <translation>¿Eliminar “{title}” del programa?</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation>No se puede eliminar la actividad</translation>
    </message>
    <message>
        <source>Cannot move the event</source>
        <translation>No se puede mover la actividad</translation>
    </message>
    <message>
        <source>Cannot write the meeting memo</source>
        <translation>No se puede redactar el memorando de reunión</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Edit press question</source>
        <translation>Editar pregunta de prensa</translation>
    </message>
    <message>
        <source>New press question</source>
        <translation>Nueva pregunta de prensa</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Agreed answer</source>
        <translation>Respuesta acordada</translation>
    </message>
    <message>
        <source>Marking of the answer</source>
        <translation>Clasificación de la respuesta</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>The question cannot be empty.</source>
        <translation>Escriba la pregunta.</translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message>
        <source> (linked)</source>
        <translation> (vinculada)</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Fuente: {citation}</translation>
    </message>
    <message>
        <source>2009 outlook:</source>
        <translation>Perspectiva de 2009:</translation>
    </message>
    <message>
        <source>Our status:</source>
        <translation>Nuestro estado:</translation>
    </message>
    <message>
        <source>Status of recommendation: {title}</source>
        <translation>Estado de la recomendación: {title}</translation>
    </message>
    <message>
        <source>Dated notes on: {title}</source>
        <translation>Notas con fecha sobre: {title}</translation>
    </message>
    <message>
        <source>Date of the new note</source>
        <translation>Fecha de la nueva nota</translation>
    </message>
    <message>
        <source>Add a dated note (e.g. raised with counterpart)…</source>
        <translation>Agregar una nota con fecha (p. ej., planteada a la contraparte)…</translation>
    </message>
    <message>
        <source>New note text</source>
        <translation>Texto de la nueva nota</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Agregar la nota</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation>Eliminar la nota seleccionada</translation>
    </message>
    <message>
        <source>Delete this note?

{note}</source>
        <translation>¿Eliminar esta nota?

{note}</translation>
    </message>
</context>
<context>
    <name>RecommendationsPane</name>
    <message>
        <source>With a 2009 outlook</source>
        <translation>Con perspectiva de 2009</translation>
    </message>
    <message>
        <source>Without</source>
        <translation>Sin perspectiva</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation>Ámbito temático</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>2009 outlook</source>
        <translation>Perspectiva de 2009</translation>
    </message>
    <message>
        <source>Our status</source>
        <translation>Nuestro estado</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Filtrar por {what}</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Filter by words…</source>
        <translation>Filtrar por palabras…</translation>
    </message>
    <message>
        <source>Filter recommendations by words</source>
        <translation>Filtrar las recomendaciones por palabras</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Agenda item to link the recommendation to</source>
        <translation>Tema de la agenda al que se vinculará la recomendación</translation>
    </message>
    <message>
        <source>Link to agenda item</source>
        <translation>Vincular al tema de la agenda</translation>
    </message>
    <message>
        <source>Link the selected recommendation to the chosen agenda item</source>
        <translation>Vincular la recomendación seleccionada al tema de la agenda elegido</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation>Tema de la agenda:</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n recommendations</source>
        <translation>
            <numerusform>{shown} de %n recomendación</numerusform>
            <numerusform>{shown} de %n recomendaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked to “{item}”.</source>
        <translation>Vinculada a “{item}”.</translation>
    </message>
</context>
<context>
    <name>ReferencePack</name>
    <message>
        <source>Install reference pack</source>
        <translation>Instalar paquete de referencia</translation>
    </message>
    <message>
        <source>Reference packs (*.bbref)</source>
        <translation>Paquetes de referencia (*.bbref)</translation>
    </message>
    <message>
        <source>The reference pack was not installed: {problem}</source>
        <translation>No se instaló el paquete de referencia: {problem}</translation>
    </message>
    <message>
        <source>Installed {name} {version}. Every pane now shows this reference content.</source>
        <translation>Se instaló {name} {version}. Todos los paneles muestran ahora este contenido de referencia.</translation>
    </message>
    <message>
        <source>the content bundled with this version</source>
        <translation>el contenido incluido en esta versión</translation>
    </message>
    <message>
        <source>a reference pack signed by key {fingerprint}</source>
        <translation>un paquete de referencia firmado con la clave {fingerprint}</translation>
    </message>
    <message>
        <source>Reference content: {name} {version}</source>
        <translation>Contenido de referencia: {name} {version}</translation>
    </message>
    <message>
        <source>Built: {date}</source>
        <translation>Compilado: {date}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Origen: {source}</translation>
    </message>
    <message>
        <source>The installed reference pack is not used: {problem}</source>
        <translation>El paquete de referencia instalado no se usa: {problem}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
</context>
<context>
    <name>RemarksPane</name>
    <message>
        <source>Remarks</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Remarks to be spoken</source>
        <translation>Palabras que se pronunciarán</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Ocasión</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add remarks</source>
        <translation>Agregar palabras</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected remarks</source>
        <translation>Eliminar las palabras seleccionadas</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected remarks up</source>
        <translation>Subir las palabras seleccionadas</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected remarks down</source>
        <translation>Bajar las palabras seleccionadas</translation>
    </message>
    <message>
        <source>Speaking time of all remarks</source>
        <translation>Duración de todas las palabras</translation>
    </message>
    <message>
        <source>e.g. Arrival statement, Toast, Press statement</source>
        <translation>p. ej., Mensaje a la llegada, Brindis, Mensaje a medios</translation>
    </message>
    <message>
        <source>Program event the remarks belong to</source>
        <translation>Actividad del programa a la que corresponden las palabras</translation>
    </message>
    <message>
        <source>Text of the remarks</source>
        <translation>Texto de las palabras</translation>
    </message>
    <message>
        <source>The words to be spoken, as plain text.</source>
        <translation>Lo que se dirá, como texto simple.</translation>
    </message>
    <message>
        <source>Word count and speaking time</source>
        <translation>Número de palabras y duración al pronunciarlas</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>No event</source>
        <translation>Ninguna actividad</translation>
    </message>
    <message>
        <source>All remarks: {time} (min:s) to speak</source>
        <translation>Todas las palabras: {time} (min:s) al pronunciarlas</translation>
    </message>
    <message>
        <source>{words} words, {time} (min:s) to speak at {pace} words a minute</source>
        <translation>{words} palabras, {time} (min:s) al pronunciarlas a {pace} palabras por minuto</translation>
    </message>
    <message>
        <source>Cannot save the remarks</source>
        <translation>No se pueden guardar las palabras</translation>
    </message>
    <message>
        <source>Cannot add the remarks</source>
        <translation>No se pueden agregar las palabras</translation>
    </message>
    <message>
        <source>New remarks</source>
        <translation>Palabras nuevas</translation>
    </message>
    <message>
        <source>Delete remarks</source>
        <translation>Eliminar palabras</translation>
    </message>
    <message>
        <source>Delete the remarks “{occasion}”?</source>
        <translation>¿Eliminar las palabras «{occasion}»?</translation>
    </message>
    <message>
        <source>Cannot delete the remarks</source>
        <translation>No se pueden eliminar las palabras</translation>
    </message>
    <message>
        <source>Cannot move the remarks</source>
        <translation>No se pueden mover las palabras</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde un respaldo</translation>
    </message>
    <message>
        <source>Choose the copy to restore, newest first. The book as it is now is backed up first, so a restore can be undone by restoring that copy.</source>
        <translation>Elija la copia que desea restaurar (la más reciente primero). Antes se respalda la carpeta tal como está ahora, así que una restauración se puede deshacer restaurando esa copia.</translation>
    </message>
    <message>
        <source>Backups of this book</source>
        <translation>Respaldos de esta carpeta informativa</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Restaurar el respaldo elegido</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Scenario: {title}</source>
        <translation>Escenario: {title}</translation>
    </message>
    <message>
        <source>Steps are kept as minutes from the event&apos;s start: when the event moves (a new start time, Earlier/Later, a new summit date), its steps move with it. Saved as you work.</source>
        <translation>Los pasos se guardan como minutos desde el inicio de la actividad: cuando la actividad se mueve (nueva hora de inicio, Antes/Después, nueva fecha de la cumbre), sus pasos se mueven con ella. Se guarda mientras trabaja.</translation>
    </message>
    <message>
        <source>Scenario steps in time order</source>
        <translation>Pasos del escenario en orden de hora</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>Desde el inicio</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué sucede</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Agregar paso</translation>
    </message>
    <message>
        <source>Add a step to the scenario</source>
        <translation>Agregar un paso al escenario</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the selected step</source>
        <translation>Editar el paso seleccionado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected step</source>
        <translation>Eliminar el paso seleccionado</translation>
    </message>
    <message>
        <source>Cannot add the step</source>
        <translation>No se puede agregar el paso</translation>
    </message>
    <message>
        <source>Cannot change the step</source>
        <translation>No se puede modificar el paso</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Eliminar paso</translation>
    </message>
    <message>
        <source>Delete the step “{action}” at {time}?</source>
        <translation>¿Eliminar el paso «{action}» de las {time}?</translation>
    </message>
    <message>
        <source>Cannot delete the step</source>
        <translation>No se puede eliminar el paso</translation>
    </message>
</context>
<context>
    <name>SceneSetterPane</name>
    <message>
        <source>Scene-setter</source>
        <translation>Panorama</translation>
    </message>
    <message>
        <source>The short memo that opens the principal&apos;s book: the setting of the visit in five parts. Saved as you type.</source>
        <translation>El memorando breve que abre el cuaderno del titular: el contexto de la visita en cinco partes. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Length of the scene-setter</source>
        <translation>Extensión del panorama</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Where the relationship stands and why this meeting happens now.</source>
        <translation>En qué punto está la relación y por qué este encuentro ocurre ahora.</translation>
    </message>
    <message>
        <source>What we want</source>
        <translation>Lo que buscamos</translation>
    </message>
    <message>
        <source>The few results that would make the visit a success.</source>
        <translation>Los pocos resultados que harían de la visita un éxito.</translation>
    </message>
    <message>
        <source>What they want</source>
        <translation>Lo que buscan</translation>
    </message>
    <message>
        <source>What the counterpart is expected to seek from the visit.</source>
        <translation>Lo que se espera que la contraparte busque en la visita.</translation>
    </message>
    <message>
        <source>Sensitivities</source>
        <translation>Temas sensibles</translation>
    </message>
    <message>
        <source>Topics, words and gestures to handle with care, and why.</source>
        <translation>Temas, palabras y gestos que conviene cuidar, y por qué.</translation>
    </message>
    <message>
        <source>Atmospherics</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>The mood: domestic politics, press interest, the personal relationship.</source>
        <translation>El ambiente: política interna, interés de la prensa, la relación personal.</translation>
    </message>
    <message>
        <source>Length: {words} words, about {minutes} min to read</source>
        <translation>Extensión: {words} palabras, aprox. {minutes} min de lectura</translation>
    </message>
    <message>
        <source>Cannot save the scene-setter</source>
        <translation>No se puede guardar el panorama</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Buscar en todo (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search issues, recommendations, indicators, notes and checklist</source>
        <translation>Buscar en ámbitos temáticos, recomendaciones, indicadores, notas y lista de verificación</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ámbito temático</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acontecimiento</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Perspectiva</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Press question</source>
        <translation>Pregunta de prensa</translation>
    </message>
    <message>
        <source>Top lines</source>
        <translation>Mensajes clave</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Entregable</translation>
    </message>
    <message>
        <source>Scene-setter</source>
        <translation>Panorama</translation>
    </message>
    <message>
        <source>Meeting memo</source>
        <translation>Memorando de reunión</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>What we want</source>
        <translation>Lo que buscamos</translation>
    </message>
    <message>
        <source>What they want</source>
        <translation>Lo que buscan</translation>
    </message>
    <message>
        <source>Sensitivities</source>
        <translation>Temas sensibles</translation>
    </message>
    <message>
        <source>Atmospherics</source>
        <translation>Ambiente</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu shortcuts</source>
        <translation>Atajos de los menús</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Edit scenario step</source>
        <translation>Editar paso del escenario</translation>
    </message>
    <message>
        <source>New scenario step</source>
        <translation>Nuevo paso del escenario</translation>
    </message>
    <message>
        <source>Time of the step (summit&apos;s local time)</source>
        <translation>Hora del paso (hora local de la cumbre)</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué sucede</translation>
    </message>
    <message>
        <source>e.g. Motorcade arrives; greeted at the steps</source>
        <translation>p. ej., Llega la comitiva; recibimiento al pie de la escalinata</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Say what happens at this step.</source>
        <translation>Indique qué sucede en este paso.</translation>
    </message>
</context>
<context>
    <name>SummitDialog</name>
    <message>
        <source>New book</source>
        <translation>Nueva carpeta informativa</translation>
    </message>
    <message>
        <source>Summit details</source>
        <translation>Datos de la cumbre</translation>
    </message>
    <message>
        <source>Summit title</source>
        <translation>Título de la cumbre</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Summit date</source>
        <translation>Fecha de la cumbre</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Handling marking</source>
        <translation>Clasificación (marca de manejo)</translation>
    </message>
    <message>
        <source>Language of the book</source>
        <translation>Idioma de la carpeta informativa</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>CUI category (optional), e.g. SP-PRVCY</source>
        <translation>Categoría CUI (opcional), p. ej., SP-PRVCY</translation>
    </message>
    <message>
        <source>optional, e.g. SP-PRVCY</source>
        <translation>opcional, p. ej., SP-PRVCY</translation>
    </message>
    <message>
        <source>Handling marking in your own words</source>
        <translation>Clasificación escrita por usted</translation>
    </message>
    <message numerus="yes">
        <source>Move the program&apos;s %n events by the same number of days</source>
        <translation>
            <numerusform>Mover %n actividad del programa el mismo número de días</numerusform>
            <numerusform>Mover las %n actividades del programa el mismo número de días</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the program with the summit date</source>
        <translation>Mover el programa con la fecha de la cumbre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>CUI category</source>
        <translation>Categoría CUI</translation>
    </message>
    <message>
        <source>Marking text</source>
        <translation>Texto de la clasificación</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>UNCLASSIFIED</source>
        <translation>UNCLASSIFIED (EE. UU.: no clasificada)</translation>
    </message>
    <message>
        <source>CUI — Controlled Unclassified Information</source>
        <translation>CUI — información no clasificada controlada (EE. UU.)</translation>
    </message>
    <message>
        <source>INFORMACIÓN RESERVADA (Mexico: reserved information)</source>
        <translation>INFORMACIÓN RESERVADA (México, ley de transparencia)</translation>
    </message>
    <message>
        <source>INFORMACIÓN CONFIDENCIAL (Mexico: confidential information)</source>
        <translation>INFORMACIÓN CONFIDENCIAL (México, ley de transparencia)</translation>
    </message>
    <message>
        <source>Choose a marking…</source>
        <translation>Elija una clasificación…</translation>
    </message>
    <message>
        <source>No marking</source>
        <translation>Sin clasificación</translation>
    </message>
    <message>
        <source>Other (type it)…</source>
        <translation>Otra (escríbala)…</translation>
    </message>
    <message>
        <source>The summit needs a title.</source>
        <translation>Escriba un título para la cumbre.</translation>
    </message>
    <message>
        <source>Choose the book&apos;s handling marking (or No marking).</source>
        <translation>Elija la clasificación de la carpeta informativa (o Sin clasificación).</translation>
    </message>
    <message>
        <source>A draft is not a handling marking: tick “DRAFT watermark” when you export the packet.</source>
        <translation>Un borrador no es una clasificación: marque «Marca de agua BORRADOR» al exportar el paquete informativo.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>The book is locked by another program; the change was not saved. Try again in a moment.</source>
        <translation>La carpeta informativa está bloqueada por otro programa; el cambio no se guardó. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved. Free some space and try again.</source>
        <translation>El disco está lleno; el cambio no se guardó. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The book&apos;s file cannot be written (disk error or read-only folder); the change was not saved.</source>
        <translation>No se puede escribir en el archivo de la carpeta informativa (error de disco o ubicación de solo lectura); el cambio no se guardó.</translation>
    </message>
    <message>
        <source>The book&apos;s file is damaged; nothing more was written to it. Restore it from a backup.</source>
        <translation>El archivo de la carpeta informativa está dañado; no se escribió nada más en él. Restáurelo a partir de un respaldo.</translation>
    </message>
    <message>
        <source>Permission denied: {path}</source>
        <translation>Permiso denegado: {path}</translation>
    </message>
    <message>
        <source>BriefingBook</source>
        <translation>BriefingBook</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Your book is saved. Details were written to {log}.</source>
        <translation>Se produjo un error: {error}

Su carpeta informativa está guardada. Los detalles se registraron en {log}.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Summit details</source>
        <translation>Datos de la cumbre</translation>
    </message>
    <message>
        <source>Summit setting</source>
        <translation>Configuración de la cumbre</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tema de la agenda</translation>
    </message>
    <message>
        <source>Brief in the other language</source>
        <translation>Ficha en el otro idioma</translation>
    </message>
    <message>
        <source>Linked recommendation</source>
        <translation>Recomendación vinculada</translation>
    </message>
    <message>
        <source>Recommendation status</source>
        <translation>Estado de la recomendación</translation>
    </message>
    <message>
        <source>Recommendation note</source>
        <translation>Nota sobre la recomendación</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Tarea de la lista de verificación</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Program event</source>
        <translation>Actividad del programa</translation>
    </message>
    <message>
        <source>Person at an event</source>
        <translation>Participante en una actividad</translation>
    </message>
    <message>
        <source>Agenda item at an event</source>
        <translation>Tema de la agenda en una actividad</translation>
    </message>
    <message>
        <source>Press Q&amp;A</source>
        <translation>Pregunta de prensa (P&amp;R)</translation>
    </message>
    <message>
        <source>Press top line</source>
        <translation>Mensaje clave para prensa</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Entregable</translation>
    </message>
    <message>
        <source>Deliverable&apos;s agenda item</source>
        <translation>Tema de la agenda del entregable</translation>
    </message>
    <message>
        <source>Deliverable&apos;s recommendation</source>
        <translation>Recomendación del entregable</translation>
    </message>
    <message>
        <source>Imported series</source>
        <translation>Serie importada</translation>
    </message>
    <message>
        <source>Imported series vintage</source>
        <translation>Versión de una serie importada</translation>
    </message>
    <message>
        <source>Scene-setter</source>
        <translation>Panorama</translation>
    </message>
    <message>
        <source>Meeting memo</source>
        <translation>Memorando de reunión</translation>
    </message>
    <message>
        <source>Participant in a meeting memo</source>
        <translation>Participante en un memorando de reunión</translation>
    </message>
    <message>
        <source>Agenda item in a meeting memo</source>
        <translation>Tema de la agenda en un memorando de reunión</translation>
    </message>
    <message>
        <source>Deliverable in a meeting memo</source>
        <translation>Entregable en un memorando de reunión</translation>
    </message>
    <message>
        <source>Scenario step</source>
        <translation>Paso del escenario</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Event of remarks</source>
        <translation>Evento de unas palabras</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Handling marking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation>Ámbito temático</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Points to make</source>
        <translation>Puntos a tratar</translation>
    </message>
    <message>
        <source>Their objectives</source>
        <translation>Objetivos de la contraparte</translation>
    </message>
    <message>
        <source>Our response</source>
        <translation>Nuestra respuesta</translation>
    </message>
    <message>
        <source>Press line</source>
        <translation>Línea para prensa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>Fecha de la nota</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Template item</source>
        <translation>Tarea de la plantilla</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Phase title</source>
        <translation>Título de la fase</translation>
    </message>
    <message>
        <source>Due (days from the summit)</source>
        <translation>Fecha límite (días respecto a la cumbre)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Semblanza</translation>
    </message>
    <message>
        <source>Talking notes</source>
        <translation>Notas para la conversación</translation>
    </message>
    <message>
        <source>Pronunciation</source>
        <translation>Pronunciación</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotografía</translation>
    </message>
    <message>
        <source>Photo type</source>
        <translation>Tipo de fotografía</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duración (minutos)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Suggested by</source>
        <translation>Sugerido por</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Series code</source>
        <translation>Código de la serie</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Agregación</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Fecha de corte</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Last met</source>
        <translation>Último encuentro</translation>
    </message>
    <message>
        <source>What they will raise</source>
        <translation>Lo que plantearán</translation>
    </message>
    <message>
        <source>Time (minutes from the event&apos;s start)</source>
        <translation>Hora (minutos desde el inicio del evento)</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué sucede</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Ocasión</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>{layout}, Excel workbook</source>
        <translation>{layout}, libro de Excel</translation>
    </message>
    <message>
        <source>{layout}, text file</source>
        <translation>{layout}, archivo de texto</translation>
    </message>
    <message>
        <source>{file} (imported {when})</source>
        <translation>{file} (importación: {when})</translation>
    </message>
    <message>
        <source>Summit time zone</source>
        <translation>Zona horaria de la cumbre</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>Zona horaria de origen</translation>
    </message>
    <message>
        <source>Changed in both copies</source>
        <translation>Modificado en ambas copias</translation>
    </message>
    <message>
        <source>You removed it; your colleague changed it</source>
        <translation>Usted lo eliminó; su colega lo modificó</translation>
    </message>
    <message>
        <source>Your colleague removed it; you changed it</source>
        <translation>Su colega lo eliminó; usted lo modificó</translation>
    </message>
    <message>
        <source>Both copies changed the order</source>
        <translation>Ambas copias cambiaron el orden</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>{where}: {problem}{more}; nothing was imported</source>
        <translation>{where}: {problem}{more}; no se importó nada</translation>
    </message>
    <message>
        <source>{label}: row {row}</source>
        <translation>{label}: fila {row}</translation>
    </message>
    <message>
        <source> (and 1 more problem)</source>
        <translation> (y 1 problema más)</translation>
    </message>
    <message>
        <source> (and {count} more problems)</source>
        <translation> (y {count} problemas más)</translation>
    </message>
    <message>
        <source>{file}, sheet &apos;{sheet}&apos;</source>
        <translation>{file}, hoja &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <source>{items} and {more} more</source>
        <translation>{items} y {more} más</translation>
    </message>
    <message>
        <source>{text} is not a date or year</source>
        <translation>{text} no es una fecha ni un año</translation>
    </message>
    <message>
        <source>{text} is not a year</source>
        <translation>{text} no es un año</translation>
    </message>
    <message>
        <source>{text} is not a year between {low} and {high}</source>
        <translation>{text} no es un año entre {low} y {high}</translation>
    </message>
    <message>
        <source>a formula ({text}) where a date belongs; paste the values instead</source>
        <translation>una fórmula ({text}) donde va una fecha; pegue los valores en su lugar</translation>
    </message>
    <message>
        <source>an error value ({text}) where a date belongs</source>
        <translation>un valor de error ({text}) donde va una fecha</translation>
    </message>
    <message>
        <source>{text} does not name a month (1 to 12)</source>
        <translation>{text} no indica un mes (1 a 12)</translation>
    </message>
    <message>
        <source>{text} is ambiguous (day/month or month/day); write dates as YYYY-MM-DD</source>
        <translation>{text} es ambigua (día/mes o mes/día); escriba las fechas como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>{text} is not a date, year, quarter (2024-Q1) or month (2024-03)</source>
        <translation>{text} no es una fecha, un año, un trimestre (2024-Q1) ni un mes (2024-03)</translation>
    </message>
    <message>
        <source>{text} is not a valid date</source>
        <translation>{text} no es una fecha válida</translation>
    </message>
    <message>
        <source>{text} is outside the years {low} to {high}</source>
        <translation>{text} está fuera de los años {low} a {high}</translation>
    </message>
    <message>
        <source>{text} is a daily date; only annual, quarterly and monthly values can be imported (dates must fall on the first or last day of a month)</source>
        <translation>{text} es una fecha diaria; solo se pueden importar valores anuales, trimestrales y mensuales (las fechas deben caer en el primer o el último día de un mes)</translation>
    </message>
    <message>
        <source>{text} where a number belongs</source>
        <translation>{text} donde va un número</translation>
    </message>
    <message>
        <source>{text} is not a finite number</source>
        <translation>{text} no es un número finito</translation>
    </message>
    <message>
        <source>a formula ({text}) where a number belongs; paste the values instead</source>
        <translation>una fórmula ({text}) donde va un número; pegue los valores en su lugar</translation>
    </message>
    <message>
        <source>an error value ({text}) where a number belongs</source>
        <translation>un valor de error ({text}) donde va un número</translation>
    </message>
    <message>
        <source>a date or time ({text}) where a number belongs</source>
        <translation>una fecha u hora ({text}) donde va un número</translation>
    </message>
    <message>
        <source>a text cell ({text}) where a number belongs</source>
        <translation>una celda de texto ({text}) donde va un número</translation>
    </message>
    <message>
        <source>{text} is not a number (this file uses a {point})</source>
        <translation>{text} no es un número (este archivo usa {point})</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>coma decimal</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>punto decimal</translation>
    </message>
    <message>
        <source>{text} is too large a number</source>
        <translation>{text} es un número demasiado grande</translation>
    </message>
    <message>
        <source>{text} is too long for a country code</source>
        <translation>{text} es demasiado largo para un código de país</translation>
    </message>
    <message>
        <source>{text} is not a country code</source>
        <translation>{text} no es un código de país</translation>
    </message>
    <message>
        <source>country {problem}</source>
        <translation>país: {problem}</translation>
    </message>
    <message>
        <source>is not a text or XLSX file (binary data at byte {byte}); import a CSV or text export or an XLSX workbook</source>
        <translation>no es un archivo de texto ni XLSX (datos binarios en el byte {byte}); importe un CSV, una exportación de texto o un libro XLSX</translation>
    </message>
    <message>
        <source>starts with a UTF-8 byte-order mark but is not UTF-8 (byte {byte})</source>
        <translation>empieza con una marca de orden de bytes UTF-8, pero no está en UTF-8 (byte {byte})</translation>
    </message>
    <message>
        <source>mixes text encodings: some rows are UTF-8 but this one is not (byte {byte}, probably Latin-1 or Windows-1252); save the whole file as UTF-8 and import it again</source>
        <translation>mezcla codificaciones de texto: algunas filas están en UTF-8 y esta no (byte {byte}, probablemente Latin-1 o Windows-1252); guarde todo el archivo como UTF-8 e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>has over {limit:,} data rows; files over {limit:,} rows are refused (keep only the series to import)</source>
        <translation>tiene más de {limit:,} filas de datos; se rechazan los archivos de más de {limit:,} filas (deje solo la serie que va a importar)</translation>
    </message>
    <message>
        <source>cannot be read as {separator}-separated text ({detail})</source>
        <translation>no se puede leer como texto separado por {separator} ({detail})</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabuladores</translation>
    </message>
    <message>
        <source>has {lines:,} lines; files over {limit:,} rows are refused (keep only the series to import)</source>
        <translation>tiene {lines:,} líneas; se rechazan los archivos de más de {limit:,} filas (deje solo la serie que va a importar)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is not a readable XLSX workbook ({detail})</source>
        <translation>no es un libro XLSX legible ({detail})</translation>
    </message>
    <message>
        <source>unpacks to {size:,.0f} MB; XLSX workbooks over {limit} MB unpacked are refused</source>
        <translation>se descomprime en {size:,.0f} MB; se rechazan los libros XLSX de más de {limit} MB descomprimidos</translation>
    </message>
    <message>
        <source>holds {size:,.0f} MB of shared text; workbooks with over {limit} MB are refused</source>
        <translation>contiene {size:,.0f} MB de texto compartido; se rechazan los libros con más de {limit} MB</translation>
    </message>
    <message>
        <source>has over {limit:,} cells; workbooks that large are refused (keep only the series to import)</source>
        <translation>tiene más de {limit:,} celdas; se rechazan los libros tan grandes (deje solo la serie que va a importar)</translation>
    </message>
    <message>
        <source>is an XLSX workbook, but openpyxl is not installed</source>
        <translation>es un libro XLSX, pero openpyxl no está instalado</translation>
    </message>
    <message>
        <source>has no sheet {sheet} (its sheets: {sheets})</source>
        <translation>no tiene la hoja {sheet} (sus hojas: {sheets})</translation>
    </message>
    <message>
        <source>has over {limit:,} cells (counting the empty ones between filled cells); sheets that large are refused (keep only the series to import)</source>
        <translation>tiene más de {limit:,} celdas (contando las vacías entre celdas llenas); se rechazan las hojas tan grandes (deje solo la serie que va a importar)</translation>
    </message>
    <message>
        <source>has over {limit:,} rows; sheets over {limit:,} rows are refused</source>
        <translation>tiene más de {limit:,} filas; se rechazan las hojas de más de {limit:,} filas</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>no se puede leer ({detail})</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>no header row with a date, year or period column in its first {rows} rows</source>
        <translation>sin fila de encabezado con una columna de fecha, año o periodo en sus primeras {rows} filas</translation>
    </message>
    <message>
        <source>&apos;{sheet}&apos; ({reason})</source>
        <translation>&apos;{sheet}&apos; ({reason})</translation>
    </message>
    <message>
        <source>has no usable sheet: {reasons}</source>
        <translation>no tiene ninguna hoja utilizable: {reasons}</translation>
    </message>
    <message>
        <source>no worksheets</source>
        <translation>no tiene hojas de cálculo</translation>
    </message>
    <message>
        <source>sheet {sheets} skipped</source>
        <translation>se omitió la hoja {sheets}</translation>
    </message>
    <message>
        <source>sheets {sheets} skipped</source>
        <translation>se omitieron las hojas {sheets}</translation>
    </message>
    <message>
        <source>is a text file, not an XLSX workbook, so it has no sheet {sheet}</source>
        <translation>es un archivo de texto, no un libro XLSX, así que no tiene la hoja {sheet}</translation>
    </message>
    <message>
        <source>is {size:.0f} MB; files over {limit} MB are refused</source>
        <translation>pesa {size:.0f} MB; se rechazan los archivos de más de {limit} MB</translation>
    </message>
    <message>
        <source>is {size:.0f} MB; files over {limit} MB are refused (keep only the series to import)</source>
        <translation>pesa {size:.0f} MB; se rechazan los archivos de más de {limit} MB (deje solo la serie que va a importar)</translation>
    </message>
    <message>
        <source>is an old Excel .xls workbook; save it as .xlsx or CSV and import that</source>
        <translation>es un libro antiguo de Excel .xls; guárdelo como .xlsx o CSV e importe ese archivo</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>starts with data; add a header row such as year,value</source>
        <translation>empieza con datos; agregue una fila de encabezado como year,value (año,valor)</translation>
    </message>
    <message>
        <source>has no header row with a date, year or period column in its first {rows} rows (layouts read: tidy, World Bank, FRED, Spanish-locale)</source>
        <translation>no tiene una fila de encabezado con una columna de fecha, año o periodo en sus primeras {rows} filas (formatos que se leen: tabla ordenada, Banco Mundial, FRED, exportación en español)</translation>
    </message>
    <message>
        <source>has no values for country {country} (it has: {found})</source>
        <translation>no tiene valores del país {country} (tiene: {found})</translation>
    </message>
    <message>
        <source>the World Bank header has no year columns (1960, 1961, …)</source>
        <translation>el encabezado del Banco Mundial no tiene columnas de años (1960, 1961, …)</translation>
    </message>
    <message>
        <source>has no indicator {code} (it holds: {codes})</source>
        <translation>no tiene el indicador {code} (contiene: {codes})</translation>
    </message>
    <message>
        <source>holds {count} indicators ({codes}); choose one by its code</source>
        <translation>contiene {count} indicadores ({codes}); elija uno por su código</translation>
    </message>
    <message>
        <source>no country code in column &apos;Country Code&apos;</source>
        <translation>falta el código de país en la columna &apos;Country Code&apos;</translation>
    </message>
    <message>
        <source>column {column}: {problem}</source>
        <translation>columna {column}: {problem}</translation>
    </message>
    <message>
        <source>has {fields} fields but the header has {header}</source>
        <translation>tiene {fields} campos, pero el encabezado tiene {header}</translation>
    </message>
    <message>
        <source>has {fields} fields but the header has {header} (a decimal comma in a comma-separated file?)</source>
        <translation>tiene {fields} campos, pero el encabezado tiene {header} (¿una coma decimal en un archivo separado por comas?)</translation>
    </message>
    <message>
        <source>columns ignored: {columns}</source>
        <translation>columnas no usadas: {columns}</translation>
    </message>
    <message>
        <source>the header has a period column ({column}) but no value column</source>
        <translation>el encabezado tiene una columna de periodo ({column}), pero ninguna de valores</translation>
    </message>
    <message>
        <source>cannot tell which column holds the values ({columns}); name it &apos;value&apos; or choose it by giving its header as the series code</source>
        <translation>no se sabe qué columna contiene los valores ({columns}); llámela &apos;value&apos; (valor) o elíjala escribiendo su encabezado como código de la serie</translation>
    </message>
    <message>
        <source>the values use a decimal point, not a decimal comma</source>
        <translation>los valores usan punto decimal, no coma decimal</translation>
    </message>
    <message>
        <source>no period in column {column}</source>
        <translation>falta el periodo en la columna {column}</translation>
    </message>
    <message>
        <source>no country in column {column}</source>
        <translation>falta el país en la columna {column}</translation>
    </message>
    <message>
        <source>has a header but no data rows below it (header only)</source>
        <translation>tiene encabezado, pero ninguna fila de datos debajo (solo encabezado)</translation>
    </message>
    <message>
        <source>has no values: all {rows} data rows are empty or marked missing ({markers})</source>
        <translation>no tiene valores: las {rows} filas de datos están vacías o marcadas como faltantes ({markers})</translation>
    </message>
    <message>
        <source>has no values: {rows} data row, empty or marked missing ({markers})</source>
        <translation>no tiene valores: {rows} fila de datos, vacía o marcada como faltante ({markers})</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>has {rows:,} data rows; files over {limit:,} rows are refused</source>
        <translation>tiene {rows:,} filas de datos; se rechazan los archivos de más de {limit:,} filas</translation>
    </message>
    <message>
        <source>{period} for {country} is given twice (rows {first} and {row}): duplicate period</source>
        <translation>{period} de {country} aparece dos veces (filas {first} y {row}): periodo duplicado</translation>
    </message>
    <message>
        <source>{count} empty or missing values ({markers}) were skipped</source>
        <translation>se omitieron {count} valores vacíos o faltantes ({markers})</translation>
    </message>
    <message>
        <source>{count} empty or missing value ({markers}) was skipped</source>
        <translation>se omitió {count} valor vacío o faltante ({markers})</translation>
    </message>
    <message>
        <source>the file states no as-of date; its modification date {date} is used</source>
        <translation>el archivo no indica fecha de corte; se usa su fecha de modificación, {date}</translation>
    </message>
    <message>
        <source>{text} is {kind} but row {row} ({first}) is {first_kind}; a file must hold one frequency (mixed frequencies)</source>
        <translation>{text} es {kind}, pero la fila {row} ({first}) es {first_kind}; un archivo debe tener una sola periodicidad (periodicidades mezcladas)</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>una fecha</translation>
    </message>
    <message>
        <source>annual</source>
        <translation>anual</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>trimestral</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <source>the file holds one date only; it is read as a monthly value</source>
        <translation>el archivo tiene una sola fecha; se lee como valor mensual</translation>
    </message>
    <message>
        <source>{text} does not fall on the file&apos;s {frequency} steps; a file must hold one frequency (mixed frequencies)</source>
        <translation>{text} no coincide con la periodicidad {frequency} del archivo; un archivo debe tener una sola periodicidad (periodicidades mezcladas)</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>suma</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>trimestres</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>{year} {country} ({count} of {needed})</source>
        <translation>{year} {country} ({count} de {needed})</translation>
    </message>
    <message>
        <source>incomplete years left out of the annual {how} ({unit} present): {years}</source>
        <translation>años incompletos excluidos de la {how} anual ({unit} presentes): {years}</translation>
    </message>
    <message>
        <source>the values are already annual; the annual {how} changes nothing</source>
        <translation>los valores ya son anuales; la {how} anual no cambia nada</translation>
    </message>
    <message>
        <source>has no complete year to aggregate to an annual {how} ({detail})</source>
        <translation>no tiene ningún año completo para calcular la {how} anual ({detail})</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>sin valores</translation>
    </message>
    <message>
        <source>aggregation {how} must be one of: {choices}</source>
        <translation>la agregación {how} debe ser una de: {choices}</translation>
    </message>
    <message>
        <source>Tidy table (period, value, optional country)</source>
        <translation>Tabla ordenada (periodo, valor, país opcional)</translation>
    </message>
    <message>
        <source>World Bank wide download</source>
        <translation>Descarga del Banco Mundial (años en columnas)</translation>
    </message>
    <message>
        <source>FRED download</source>
        <translation>Descarga de FRED</translation>
    </message>
    <message>
        <source>Spanish-locale export (Banxico SIE, INEGI)</source>
        <translation>Exportación en español (SIE de Banxico, INEGI)</translation>
    </message>
    <message>
        <source>{layout}, XLSX sheet &apos;{sheet}&apos;</source>
        <translation>{layout}, hoja XLSX &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <source>{layout}, {encoding} text, {separator}-separated</source>
        <translation>{layout}, texto {encoding} separado por {separator}</translation>
    </message>
    <message>
        <source>cannot make a series id from the name {name}; give one (--slug)</source>
        <translation>no se puede formar un identificador de serie con el nombre {name}; indique uno (--slug)</translation>
    </message>
    <message>
        <source>series id {slug} must be 1 to 64 characters of a-z, 0-9 and _, starting with a letter or digit</source>
        <translation>el identificador de serie {slug} debe tener de 1 a 64 caracteres de a-z, 0-9 y _, y empezar con una letra o un dígito</translation>
    </message>
    <message>
        <source>an imported series needs a {field}</source>
        <translation>a la serie importada le falta el campo «{field}»</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>{slug} is the id of a reference series; choose another id for the import</source>
        <translation>{slug} es el identificador de una serie de referencia; elija otro identificador para la importación</translation>
    </message>
    <message>
        <source>{file}: the preview holds no values to import</source>
        <translation>{file}: la vista previa no tiene valores que importar</translation>
    </message>
    <message>
        <source>series {slug} holds {old} values but {file} gives {new} values; import it under another id (nothing was imported)</source>
        <translation>la serie {slug} tiene valores de periodicidad {old}, pero {file} trae valores de periodicidad {new}; impórtelo con otro identificador (no se importó nada)</translation>
    </message>
    <message>
        <source>series {slug} is in {old}, not {new}; a new vintage keeps the unit (import it under another id; nothing was imported)</source>
        <translation>la serie {slug} está en {old}, no en {new}; una nueva versión conserva la unidad (impórtelo con otro identificador; no se importó nada)</translation>
    </message>
</context>
<context>
    <name>labels</name>
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
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>En preparación</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Political leadership</source>
        <translation>Liderazgo político</translation>
    </message>
    <message>
        <source>Mutual security</source>
        <translation>Seguridad mutua</translation>
    </message>
    <message>
        <source>Competitiveness</source>
        <translation>Competitividad</translation>
    </message>
    <message>
        <source>New opportunities</source>
        <translation>Nuevas oportunidades</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Posible</translation>
    </message>
    <message>
        <source>Priority: {priority} · Status: {status}</source>
        <translation>Prioridad: {priority} · Estado: {status}</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation>Ámbito temático</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>2009 outlook</source>
        <translation>Perspectiva de 2009</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Reunión bilateral</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Sesión plenaria</translation>
    </message>
    <message>
        <source>Working lunch</source>
        <translation>Comida de trabajo</translation>
    </message>
    <message>
        <source>Press conference</source>
        <translation>Conferencia de prensa</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Name to be confirmed ({title})</source>
        <translation>Nombre por confirmar ({title})</translation>
    </message>
    <message>
        <source>Name to be confirmed</source>
        <translation>Nombre por confirmar</translation>
    </message>
    <message>
        <source>On the record</source>
        <translation>Declarable (oficial)</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Como antecedente (sin atribución)</translation>
    </message>
    <message>
        <source>Do not raise</source>
        <translation>No plantear</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Aún sin elegir</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Joint statement</source>
        <translation>Declaración conjunta</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
</context>
<context>
    <name>readonly</name>
    <message>
        <source>{name} cannot be examined ({detail})</source>
        <translation>No se puede examinar {name} ({detail})</translation>
    </message>
    <message>
        <source>{name} is a read-only file</source>
        <translation>{name} es un archivo de solo lectura</translation>
    </message>
    <message>
        <source>{name} is in a folder you cannot write ({folder})</source>
        <translation>{name} está en una ubicación en la que usted no puede escribir ({folder})</translation>
    </message>
    <message>
        <source>{name} has {count} names (hard links) and BriefingBook writes a book through one name only (copy the book to edit it)</source>
        <translation>{name} tiene {count} nombres (vínculos físicos) y BriefingBook escribe una carpeta informativa con un solo nombre (copie la carpeta informativa para editarla)</translation>
    </message>
    <message>
        <source>{name} is open in another BriefingBook window or program; it is read-only here</source>
        <translation>{name} está abierto en otra ventana o programa de BriefingBook; aquí es de solo lectura</translation>
    </message>
    <message>
        <source>{name} is open on another computer ({host}, since {since}); it is read-only here. If it is not open there any more, delete {lock_file} beside the book</source>
        <translation>{name} está abierto en otra computadora ({host}, desde {since}); aquí es de solo lectura. Si ya no está abierto allá, borre {lock_file} junto a la carpeta informativa</translation>
    </message>
    <message>
        <source>{name} is already open in another window of this BriefingBook; it is read-only here</source>
        <translation>{name} ya está abierto en otra ventana de este BriefingBook; aquí es de solo lectura</translation>
    </message>
    <message>
        <source>{name} is open in another BriefingBook (process {pid}, since {since}); it is read-only here</source>
        <translation>{name} está abierto en otro BriefingBook (proceso {pid}, desde {since}); aquí es de solo lectura</translation>
    </message>
    <message>
        <source>{name} is read-only here: its lock file cannot be written ({detail})</source>
        <translation>{name} es de solo lectura aquí: no se puede escribir su archivo de bloqueo ({detail})</translation>
    </message>
</context>
</TS>
