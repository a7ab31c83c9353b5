<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActivityPreview</name>
    <message>
        <source>Opening {step}…</source>
        <translation>Abriendo {step}…</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>← &amp;Library</source>
        <translation>← &amp;Biblioteca</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>StudyApp is already open</source>
        <translation>StudyApp ya está abierto</translation>
    </message>
    <message>
        <source>StudyApp could not open its data folder:
{root}

{reason}</source>
        <translation>StudyApp no pudo abrir su carpeta de datos:
{root}

{reason}</translation>
    </message>
    <message>
        <source>Nothing has been changed or deleted.</source>
        <translation>No se ha cambiado ni borrado nada.</translation>
    </message>
    <message>
        <source>Details are in the log at {log_file}.</source>
        <translation>Los detalles están en el registro en {log_file}.</translation>
    </message>
    <message>
        <source>StudyApp cannot open your data</source>
        <translation>StudyApp no puede abrir sus datos</translation>
    </message>
    <message>
        <source>Your data could not be opened.</source>
        <translation>No se pudieron abrir sus datos.</translation>
    </message>
    <message>
        <source>Repairing your data from a backup…</source>
        <translation>Reparando sus datos a partir de una copia de seguridad…</translation>
    </message>
    <message>
        <source>StudyApp found damage in its data file and could not repair it:
{reason}

The damaged file is kept in the data folder. Ask your support contact for help.</source>
        <translation>StudyApp encontró daños en su archivo de datos y no pudo repararlos:
{reason}

El archivo dañado se conserva en la carpeta de datos. Pida ayuda a su contacto de soporte.</translation>
    </message>
    <message>
        <source>Your data file is missing</source>
        <translation>Falta su archivo de datos</translation>
    </message>
    <message>
        <source>StudyApp&apos;s data file is missing. The newest backup with your profiles is from {backup}.

Restore it to carry on where that backup left off, or start with no data (the backups are kept).</source>
        <translation>Falta el archivo de datos de StudyApp. La copia de seguridad más reciente con sus perfiles es del {backup}.

Restáurela para continuar donde la dejó esa copia, o empiece sin datos (las copias de seguridad se conservan).</translation>
    </message>
    <message>
        <source>Your data file is empty</source>
        <translation>Su archivo de datos está vacío</translation>
    </message>
    <message>
        <source>StudyApp&apos;s data file is empty. The newest backup with your profiles is from {backup}.

Restore it to carry on where that backup left off, or start with no data (the backups are kept).</source>
        <translation>El archivo de datos de StudyApp está vacío. La copia de seguridad más reciente con sus perfiles es del {backup}.

Restáurela para continuar donde la dejó esa copia, o empiece sin datos (las copias de seguridad se conservan).</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restaurar la copia</translation>
    </message>
    <message>
        <source>Start with &amp;no data</source>
        <translation>Empezar &amp;sin datos</translation>
    </message>
    <message>
        <source>StudyApp cannot start</source>
        <translation>StudyApp no puede iniciarse</translation>
    </message>
    <message>
        <source>The institution settings in {path} have problems StudyApp must not run with:

{problems}

Ask whoever set up this computer to correct the file. `studyapp institution check FILE` shows the same list.</source>
        <translation>La configuración de la institución en {path} tiene problemas con los que StudyApp no debe funcionar:

{problems}

Pida a quien configuró este equipo que corrija el archivo. `studyapp institution check FILE` muestra la misma lista.</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>Edit licence</source>
        <translation>Editar licencia</translation>
    </message>
    <message>
        <source>Add licence</source>
        <translation>Añadir licencia</translation>
    </message>
    <message>
        <source>Edit board certification</source>
        <translation>Editar certificación de consejo</translation>
    </message>
    <message>
        <source>Add board certification</source>
        <translation>Añadir certificación de consejo</translation>
    </message>
    <message>
        <source>This cycle ends at the &amp;first renewal of this licence</source>
        <translation>Este ciclo termina en la &amp;primera renovación de esta licencia</translation>
    </message>
    <message>
        <source>Leave empty if every type counts; separate types with ;</source>
        <translation>Déjelo vacío si cuenta cualquier tipo; separe los tipos con ;</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>Topic requirements</source>
        <translation>Requisitos por tema</translation>
    </message>
    <message>
        <source>A&amp;dd topic</source>
        <translation>&amp;Añadir tema</translation>
    </message>
    <message>
        <source>Remo&amp;ve topic</source>
        <translation>&amp;Quitar tema</translation>
    </message>
    <message>
        <source>&amp;Load requirements file…</source>
        <translation>&amp;Cargar archivo de requisitos…</translation>
    </message>
    <message>
        <source>Requirements in the file</source>
        <translation>Requisitos del archivo</translation>
    </message>
    <message>
        <source>&amp;State or country:</source>
        <translation>&amp;Estado o país:</translation>
    </message>
    <message>
        <source>&amp;Board:</source>
        <translation>&amp;Consejo:</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>&amp;Profesión:</translation>
    </message>
    <message>
        <source>S&amp;pecialty:</source>
        <translation>E&amp;specialidad:</translation>
    </message>
    <message>
        <source>Licence &amp;number:</source>
        <translation>&amp;Número de licencia:</translation>
    </message>
    <message>
        <source>Your board &amp;ID:</source>
        <translation>Su &amp;ID en el consejo:</translation>
    </message>
    <message>
        <source>Cycle &amp;starts:</source>
        <translation>El ciclo &amp;empieza:</translation>
    </message>
    <message>
        <source>Cycle &amp;ends:</source>
        <translation>El ciclo &amp;termina:</translation>
    </message>
    <message>
        <source>&amp;Total credits needed:</source>
        <translation>Créditos &amp;totales necesarios:</translation>
    </message>
    <message>
        <source>Credit t&amp;ypes that count:</source>
        <translation>&amp;Tipos de crédito que cuentan:</translation>
    </message>
    <message>
        <source>Topics the cycle must cover:</source>
        <translation>Temas que el ciclo debe cubrir:</translation>
    </message>
    <message>
        <source>Requirements: {source}</source>
        <translation>Requisitos: {source}</translation>
    </message>
    <message>
        <source>Topic {number}</source>
        <translation>Tema {number}</translation>
    </message>
    <message>
        <source>Hours of topic {number}</source>
        <translation>Horas del tema {number}</translation>
    </message>
    <message>
        <source>How often topic {number} is due</source>
        <translation>Con qué frecuencia vence el tema {number}</translation>
    </message>
    <message>
        <source>Load requirements file</source>
        <translation>Cargar archivo de requisitos</translation>
    </message>
    <message>
        <source>Requirements files (*.toml)</source>
        <translation>Archivos de requisitos (*.toml)</translation>
    </message>
    <message>
        <source>{name} cannot be used. Nothing was changed. Ask whoever gave it to you for a corrected file:
</source>
        <translation>{name} no se puede usar. No se ha cambiado nada. Pida un archivo corregido a quien se lo dio:
</translation>
    </message>
    <message>
        <source>
…and {more} more.</source>
        <translation>
…y {more} más.</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}.</source>
        <translation>No se pudo leer {name}: {reason}.</translation>
    </message>
</context>
<context>
    <name>CreditTab</name>
    <message>
        <source>I attest that I completed this activity, spent the time shown, and claim only the credit matching my participation.</source>
        <translation>Declaro que completé esta actividad, dediqué el tiempo indicado y solicito solo el crédito que corresponde a mi participación.</translation>
    </message>
    <message>
        <source>&amp;Credit to claim:</source>
        <translation>&amp;Crédito que solicita:</translation>
    </message>
    <message>
        <source>&amp;Time spent:</source>
        <translation>&amp;Tiempo dedicado:</translation>
    </message>
    <message>
        <source>Claim &amp;credit</source>
        <translation>Solicitar &amp;crédito</translation>
    </message>
    <message>
        <source>&amp;Open certificate</source>
        <translation>&amp;Abrir certificado</translation>
    </message>
    <message>
        <source>Save &amp;certificate (PDF)…</source>
        <translation>Guardar &amp;certificado (PDF)…</translation>
    </message>
    <message>
        <source>Save &amp;record (JSON)…</source>
        <translation>Guardar &amp;registro (JSON)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you gained.&lt;/b&gt; Pre-test {pre}% → best post-test {post}%, by objective:</source>
        <translation>&lt;b&gt;Lo que ha ganado.&lt;/b&gt; Prueba previa {pre}% → mejor prueba posterior {post}%, por objetivo:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Credit is locked.&lt;/b&gt; {lock}</source>
        <translation>&lt;b&gt;El crédito está bloqueado.&lt;/b&gt; {lock}</translation>
    </message>
    <message>
        <source>&lt;b&gt;You can claim credit.&lt;/b&gt; Choose the amount that matches your participation, in steps of 0.25 up to {most}. With your credentials you will receive {label}.</source>
        <translation>&lt;b&gt;Puede solicitar el crédito.&lt;/b&gt; Elija la cantidad que corresponde a su participación, en pasos de 0,25 hasta {most}. Con sus credenciales recibirá {label}.</translation>
    </message>
    <message>
        <source>StudyApp counted 1 minute of active work on this activity (time away or idle is not counted). Correct it if needed.</source>
        <translation>StudyApp contó 1 minuto de trabajo activo en esta actividad (no cuenta el tiempo ausente o inactivo). Corríjalo si hace falta.</translation>
    </message>
    <message>
        <source>StudyApp counted {count} minutes of active work on this activity (time away or idle is not counted). Correct it if needed.</source>
        <translation>StudyApp contó {count} minutos de trabajo activo en esta actividad (no cuenta el tiempo ausente o inactivo). Corríjalo si hace falta.</translation>
    </message>
    <message>
        <source>No time was tracked; this is the provider&apos;s estimate.</source>
        <translation>No se registró tiempo; esta es la estimación del proveedor.</translation>
    </message>
    <message>
        <source>Making your certificate…</source>
        <translation>Preparando su certificado…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Credit claimed.&lt;/b&gt; You claimed {credits} {credit_type} on {date} at {time}, with {minutes} minutes attested.{making} Your certificate and completion record are kept in your CME history (Ctrl+H); open or save copies below.</source>
        <translation>&lt;b&gt;Crédito obtenido.&lt;/b&gt; Solicitó {credits} {credit_type} el {date} a las {time}, con {minutes} minutos declarados.{making} Su certificado y su registro de finalización se guardan en su historial de EMC (Ctrl+H); abra o guarde copias abajo.</translation>
    </message>
    <message>
        <source>Credit claimed. Your certificate is ready and kept in your CME history.</source>
        <translation>Crédito obtenido. Su certificado está listo y se guarda en su historial de EMC.</translation>
    </message>
    <message>
        <source>Your credit is recorded, but the certificate could not be made yet ({reason}). It will be made again when you open or save it.</source>
        <translation>Su crédito está registrado, pero el certificado aún no se pudo preparar ({reason}). Se preparará de nuevo cuando lo abra o lo guarde.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>StudyApp hit a problem</source>
        <translation>StudyApp tuvo un problema</translation>
    </message>
    <message>
        <source>Something went wrong: {summary}</source>
        <translation>Algo salió mal: {summary}</translation>
    </message>
    <message>
        <source>Everything you had saved is safe: each answer is stored the moment you give it. Details are in the log at:
{log_file}

You can carry on; if the problem repeats, send the details to your support contact.</source>
        <translation>Todo lo que había guardado está a salvo: cada respuesta se guarda en el momento en que la da. Los detalles están en el registro en:
{log_file}

Puede continuar; si el problema se repite, envíe los detalles a su contacto de soporte.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <source>{number}. (optional) </source>
        <translation>{number}. (opcional) </translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} a {high}</translation>
    </message>
    <message>
        <source>Question {n} needs an answer.</source>
        <translation>La pregunta {n} necesita una respuesta.</translation>
    </message>
    <message>
        <source>Question {n}: this answer is {length:,} characters long; please shorten it to {limit:,} or fewer.</source>
        <translation>Pregunta {n}: esta respuesta tiene {length:,} caracteres; acórtela a {limit:,} o menos.</translation>
    </message>
    <message>
        <source>Question {n}: enter a whole number.</source>
        <translation>Pregunta {n}: escriba un número entero.</translation>
    </message>
    <message>
        <source>Question {n}: enter {limit} or more.</source>
        <translation>Pregunta {n}: escriba {limit} o más.</translation>
    </message>
    <message>
        <source>Question {n}: enter {limit} or less.</source>
        <translation>Pregunta {n}: escriba {limit} o menos.</translation>
    </message>
    <message>
        <source>answer the required questions {list}</source>
        <translation>responda las preguntas obligatorias {list}</translation>
    </message>
    <message>
        <source>answer the required question {list}</source>
        <translation>responda la pregunta obligatoria {list}</translation>
    </message>
    <message>
        <source>correct questions {list}</source>
        <translation>corrija las preguntas {list}</translation>
    </message>
    <message>
        <source>correct question {list}</source>
        <translation>corrija la pregunta {list}</translation>
    </message>
    <message>
        <source>Please {what} before submitting.</source>
        <translation>Antes de enviar, {what}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>&amp;Submit Evaluation</source>
        <translation>&amp;Enviar la Evaluación</translation>
    </message>
    <message>
        <source>&lt;b&gt;The Evaluation is locked.&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;La Evaluación está bloqueada.&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evaluation submitted.&lt;/b&gt; Thank you: providers use these answers to plan future activities.</source>
        <translation>&lt;b&gt;Evaluación enviada.&lt;/b&gt; Gracias: los proveedores usan estas respuestas para planificar futuras actividades.</translation>
    </message>
    <message>
        <source>Tell the provider how the activity worked for you. Answers are saved as you give them; questions not marked optional are required.</source>
        <translation>Cuente al proveedor qué tal le funcionó la actividad. Las respuestas se guardan a medida que las da; las preguntas que no dicen opcional son obligatorias.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Spreadsheet of records (CSV)</source>
        <translation>Hoja de cálculo de registros (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Accreditor&apos;s learner report, Excel (PARS)</source>
        <translation>Informe de participantes para el acreditador, Excel (PARS)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Accreditor&apos;s learner report, tab-delimited (PARS)</source>
        <translation>Informe de participantes para el acreditador, delimitado por tabulaciones (PARS)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>xAPI statements (JSON)</source>
        <translation>Declaraciones xAPI (JSON)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Exportar registros</translation>
    </message>
    <message>
        <source>&amp;All dates</source>
        <translation>&amp;Todas las fechas</translation>
    </message>
    <message>
        <source>Leave out learners whose profiles are &amp;incomplete</source>
        <translation>Omitir a los participantes con perfiles &amp;incompletos</translation>
    </message>
    <message>
        <source>Records from</source>
        <translation>Registros desde</translation>
    </message>
    <message>
        <source>Records to</source>
        <translation>Registros hasta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Exportar:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Leyendo los registros…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Saved 1 row to {target}.</source>
        <translation>Se guardó 1 fila en {target}.</translation>
    </message>
    <message>
        <source>Export done: 1 row saved to {target}.</source>
        <translation>Exportación terminada: 1 fila guardada en {target}.</translation>
    </message>
    <message>
        <source>Saved 1 statement to {target}.</source>
        <translation>Se guardó 1 declaración en {target}.</translation>
    </message>
    <message>
        <source>Export done: 1 statement saved to {target}.</source>
        <translation>Exportación terminada: 1 declaración guardada en {target}.</translation>
    </message>
    <message>
        <source>Saved {count} statements to {target}.</source>
        <translation>Se guardaron {count} declaraciones en {target}.</translation>
    </message>
    <message>
        <source>Export done: {count} statements saved to {target}.</source>
        <translation>Exportación terminada: {count} declaraciones guardadas en {target}.</translation>
    </message>
    <message>
        <source>Saved {count} rows to {target}.</source>
        <translation>Se guardaron {count} filas en {target}.</translation>
    </message>
    <message>
        <source>Export done: {count} rows saved to {target}.</source>
        <translation>Exportación terminada: {count} filas guardadas en {target}.</translation>
    </message>
    <message>
        <source>The export failed: {reason}. Nothing was written.</source>
        <translation>La exportación falló: {reason}. No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Added to your queue (View &gt; Queue, Ctrl+U).</source>
        <translation>Añadida a su cola (Ver &gt; Cola, Ctrl+U).</translation>
    </message>
    <message>
        <source>Taken off your queue.</source>
        <translation>Quitada de su cola.</translation>
    </message>
    <message>
        <source>Text size {zoom_percent}%</source>
        <translation>Tamaño del texto {zoom_percent}%</translation>
    </message>
    <message>
        <source>Import activity pack</source>
        <translation>Importar paquete de actividad</translation>
    </message>
    <message>
        <source>Activity packs (*.zip activity.toml);;All files (*)</source>
        <translation>Paquetes de actividad (*.zip activity.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Installed “{title}”.</source>
        <translation>Se instaló «{title}».</translation>
    </message>
</context>
<context>
    <name>GainChart</name>
    <message>
        <source>Knowledge gain by objective</source>
        <translation>Conocimiento ganado por objetivo</translation>
    </message>
    <message>
        <source>{oid}: pre-test {pre}%, post-test {post}%</source>
        <translation>{oid}: prueba previa {pre}%, prueba posterior {post}%</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&lt;b&gt;StudyApp {version}&lt;/b&gt;&lt;p&gt;Continuing medical education that works offline. Every answer is saved the moment you give it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;StudyApp {version}&lt;/b&gt;&lt;p&gt;Formación médica continuada que funciona sin conexión. Cada respuesta se guarda en el momento en que la da.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{logo}Provided by &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>&lt;p&gt;{logo}Ofrecido por &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (accredited provider {provider_id})</source>
        <translation> (proveedor acreditado {provider_id})</translation>
    </message>
    <message>
        <source>&lt;p&gt;Data folder: {root}&lt;/p&gt;&lt;p&gt;Completion records from this computer are signed with the key&lt;br&gt;&lt;tt&gt;{this_computers_key}&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Carpeta de datos: {root}&lt;/p&gt;&lt;p&gt;Los registros de finalización de este equipo se firman con la clave&lt;br&gt;&lt;tt&gt;{this_computers_key}&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About StudyApp</source>
        <translation>Acerca de StudyApp</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Credit type</source>
        <translation>Tipo de crédito</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 record.&lt;/b&gt;</source>
        <translation>&lt;b&gt;1 registro.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} records.&lt;/b&gt;</source>
        <translation>&lt;b&gt;{count} registros.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Total credit: {real}.</source>
        <translation>Crédito total: {real}.</translation>
    </message>
    <message>
        <source>No credit from accredited activities yet.</source>
        <translation>Todavía no hay crédito de actividades acreditadas.</translation>
    </message>
    <message>
        <source>Sample activities, not valid for credit and not in the total: {sample}.</source>
        <translation>Actividades de muestra, no válidas para crédito y fuera del total: {sample}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you learned.&lt;/b&gt; In 1 activity, {pre}% right on the pre-test and {post}% on your best post-test ({change} points).</source>
        <translation>&lt;b&gt;Lo que ha aprendido.&lt;/b&gt; En 1 actividad, {pre}% de aciertos en la prueba previa y {post}% en su mejor prueba posterior ({change} puntos).</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you learned.&lt;/b&gt; Across {count} activities, {pre}% right on the pre-tests and {post}% on your best post-tests ({change} points).</source>
        <translation>&lt;b&gt;Lo que ha aprendido.&lt;/b&gt; En {count} actividades, {pre}% de aciertos en las pruebas previas y {post}% en sus mejores pruebas posteriores ({change} puntos).</translation>
    </message>
    <message>
        <source>Most gained: {title} ({points} points).</source>
        <translation>Mayor avance: {title} ({points} puntos).</translation>
    </message>
    <message>
        <source>← &amp;Library</source>
        <translation>← &amp;Biblioteca</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CME history&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Historial de EMC&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;All dates</source>
        <translation>&amp;Todas las fechas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Records from</source>
        <translation>Registros desde</translation>
    </message>
    <message>
        <source>Records to</source>
        <translation>Registros hasta</translation>
    </message>
    <message>
        <source>Completion records</source>
        <translation>Registros de finalización</translation>
    </message>
    <message>
        <source>&amp;Open certificate</source>
        <translation>&amp;Abrir certificado</translation>
    </message>
    <message>
        <source>Save &amp;certificate…</source>
        <translation>Guardar &amp;certificado…</translation>
    </message>
    <message>
        <source>Save &amp;record…</source>
        <translation>Guardar &amp;registro…</translation>
    </message>
    <message>
        <source>Save &amp;transcript…</source>
        <translation>Guardar &amp;expediente…</translation>
    </message>
    <message>
        <source>The records in these dates as one signed transcript: a printable PDF that carries it, or the credential alone</source>
        <translation>Los registros de estas fechas en un solo expediente firmado: un PDF imprimible que lo lleva dentro, o solo la credencial</translation>
    </message>
    <message>
        <source>No completion records in this period.</source>
        <translation>No hay registros de finalización en este periodo.</translation>
    </message>
    <message>
        <source>No completion records yet. Claim credit for an activity and its certificate appears here.</source>
        <translation>Todavía no hay registros de finalización. Solicite el crédito de una actividad y su certificado aparecerá aquí.</translation>
    </message>
    <message>
        <source>Record signature: {message}</source>
        <translation>Firma del registro: {message}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import activity pack</source>
        <translation>Importar paquete de actividad</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Comprobando {name}…</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Instalar</translation>
    </message>
    <message>
        <source>&lt;b&gt;This pack is valid.&lt;/b&gt; It will install:</source>
        <translation>&lt;b&gt;Este paquete es válido.&lt;/b&gt; Instalará:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name} cannot be installed on this computer.&lt;/b&gt; Nothing was changed.</source>
        <translation>&lt;b&gt;{name} no se puede instalar en este equipo.&lt;/b&gt; No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name} cannot be installed.&lt;/b&gt; Nothing was changed. Send these problems to whoever made the pack:</source>
        <translation>&lt;b&gt;{name} no se puede instalar.&lt;/b&gt; No se ha cambiado nada. Envíe estos problemas a quien hizo el paquete:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name} cannot be installed.&lt;/b&gt; Nothing was changed.</source>
        <translation>&lt;b&gt;{name} no se puede instalar.&lt;/b&gt; No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name} could not be checked.&lt;/b&gt; Nothing was changed.</source>
        <translation>&lt;b&gt;{name} no se pudo comprobar.&lt;/b&gt; No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>An unexpected problem stopped the check: {reason!r}</source>
        <translation>Un problema inesperado detuvo la comprobación: {reason!r}</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Credit claimed</source>
        <translation>Crédito obtenido</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>en 1 día</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>en {days} días</translation>
    </message>
    <message>
        <source>{done} of {total} steps</source>
        <translation>{done} de {total} pasos</translation>
    </message>
    <message>
        <source>⚠ Expires {when}</source>
        <translation>⚠ Vence {when}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Topics: {topics}</source>
        <translation>Temas: {topics}</translation>
    </message>
    <message>
        <source>Sample activity: not valid for credit</source>
        <translation>Actividad de muestra: no válida para obtener créditos</translation>
    </message>
    <message>
        <source>Credit can be claimed until {date}.</source>
        <translation>Puede solicitar el crédito hasta el {date}.</translation>
    </message>
    <message>
        <source>{done} of the {total} steps done, Overview to Credit.</source>
        <translation>{done} de los {total} pasos hechos, de Presentación a Crédito.</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>muestra</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Search by title, topic or provider (Ctrl+F)</source>
        <translation>Buscar por título, tema o proveedor (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Show activities with this status</source>
        <translation>Mostrar las actividades con este estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Show activities with this credit type</source>
        <translation>Mostrar las actividades con este tipo de crédito</translation>
    </message>
    <message>
        <source>All credit types</source>
        <translation>Todos los tipos de crédito</translation>
    </message>
    <message>
        <source>Sort the library</source>
        <translation>Ordenar la biblioteca</translation>
    </message>
    <message>
        <source>Sort by title</source>
        <translation>Ordenar por título</translation>
    </message>
    <message>
        <source>Sort by expiry</source>
        <translation>Ordenar por vencimiento</translation>
    </message>
    <message>
        <source>Sort by last opened</source>
        <translation>Ordenar por última apertura</translation>
    </message>
    <message>
        <source>Opening your library…</source>
        <translation>Abriendo su biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Open activity</source>
        <translation>&amp;Abrir actividad</translation>
    </message>
    <message>
        <source>Add to &amp;queue</source>
        <translation>Añadir a la &amp;cola</translation>
    </message>
    <message>
        <source>&amp;Import pack…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>No activities are installed. Use File &gt; Import pack… to add one.</source>
        <translation>No hay actividades instaladas. Use Archivo &gt; Importar paquete… para añadir una.</translation>
    </message>
    <message>
        <source>No activity matches. Clear the search or choose “All” in the filters.</source>
        <translation>Ninguna actividad coincide. Borre la búsqueda o elija «Todos» en los filtros.</translation>
    </message>
    <message>
        <source>{shown} of {total} activities</source>
        <translation>{shown} de {total} actividades</translation>
    </message>
    <message>
        <source>{total} activities</source>
        <translation>{total} actividades</translation>
    </message>
    <message>
        <source>Remove from &amp;queue</source>
        <translation>Quitar de la &amp;cola</translation>
    </message>
</context>
<context>
    <name>LrsSender</name>
    <message>
        <source>Records store: {text}</source>
        <translation>Almacén de registros: {text}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your library…</source>
        <translation>Abriendo su biblioteca…</translation>
    </message>
    <message>
        <source>Institution settings: {problems}</source>
        <translation>Configuración de la institución: {problems}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your data folder is read-only.&lt;/b&gt; You can see your CME history and check your completion records, but nothing new can be saved, so activities cannot be opened. Ask for write access to the folder, then start StudyApp again.</source>
        <translation>&lt;b&gt;Su carpeta de datos es de solo lectura.&lt;/b&gt; Puede ver su historial de EMC y comprobar sus registros de finalización, pero no se puede guardar nada nuevo, así que no se pueden abrir actividades. Pida permiso de escritura en la carpeta y vuelva a iniciar StudyApp.</translation>
    </message>
    <message>
        <source>Activities cannot be opened: your data folder is read-only.</source>
        <translation>No se pueden abrir actividades: su carpeta de datos es de solo lectura.</translation>
    </message>
    <message>
        <source>Wait for the restore to finish, then quit.</source>
        <translation>Espere a que termine la restauración y luego salga.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import pack…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <source>Import q&amp;uestions into a pack…</source>
        <translation>Importar pre&amp;guntas en un paquete…</translation>
    </message>
    <message>
        <source>E&amp;xport records…</source>
        <translation>E&amp;xportar registros…</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <source>&amp;Switch profile…</source>
        <translation>&amp;Cambiar de perfil…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Editar perfil…</translation>
    </message>
    <message>
        <source>&amp;Protect profile with a passphrase…</source>
        <translation>&amp;Proteger el perfil con una frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Lock profile</source>
        <translation>&amp;Bloquear perfil</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Check a completion record…</source>
        <translation>C&amp;omprobar un registro de finalización…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>CME &amp;history</source>
        <translation>&amp;Historial de EMC</translation>
    </message>
    <message>
        <source>Spaced &amp;review…</source>
        <translation>&amp;Repaso espaciado…</translation>
    </message>
    <message>
        <source>&amp;Queue…</source>
        <translation>C&amp;ola…</translation>
    </message>
    <message>
        <source>CME &amp;wallet</source>
        <translation>&amp;Cartera de EMC</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ale&amp;jar</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>High &amp;contrast</source>
        <translation>Alto co&amp;ntraste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;About StudyApp</source>
        <translation>&amp;Acerca de StudyApp</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Según el &amp;sistema</translation>
    </message>
    <message>
        <source>The language could not be saved: {error}.</source>
        <translation>No se pudo guardar el idioma: {error}.</translation>
    </message>
    <message>
        <source>StudyApp will be in {language} from its next start.</source>
        <translation>StudyApp estará en {language} a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>{name} is locked.</source>
        <translation>{name} está bloqueado.</translation>
    </message>
    <message>
        <source>No learner profile: use File &gt; New profile to start.</source>
        <translation>No hay perfil de participante: use Archivo &gt; Nuevo perfil para empezar.</translation>
    </message>
    <message>
        <source>Learner: {name}</source>
        <translation>Participante: {name}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Checked {done} of {total} signatures…</source>
        <translation>Comprobadas {done} de {total} firmas…</translation>
    </message>
    <message>
        <source>Pre-Test</source>
        <translation>Prueba previa</translation>
    </message>
    <message>
        <source>Post-Test</source>
        <translation>Prueba posterior</translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation>Totalmente en desacuerdo</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>En desacuerdo</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Totalmente de acuerdo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>the PDF is over {value} MB</source>
        <translation>el PDF supera los {value} MB</translation>
    </message>
    <message>
        <source>the PDF has no completion record attached</source>
        <translation>el PDF no lleva adjunto ningún registro de finalización</translation>
    </message>
    <message>
        <source>the PDF cannot be read</source>
        <translation>no se puede leer el PDF</translation>
    </message>
    <message>
        <source>the attached record is too large to be a completion record</source>
        <translation>el registro adjunto es demasiado grande para ser un registro de finalización</translation>
    </message>
    <message>
        <source>the attached record is not text</source>
        <translation>el registro adjunto no es texto</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>it has no signature</source>
        <translation>no tiene firma</translation>
    </message>
    <message>
        <source>its proof is not a single signature</source>
        <translation>su prueba no es una sola firma</translation>
    </message>
    <message>
        <source>its signature is not of a kind StudyApp checks ({suite} or {suite2})</source>
        <translation>su firma no es de un tipo que StudyApp compruebe ({suite} o {suite2})</translation>
    </message>
    <message>
        <source>its signature is not for issuing records</source>
        <translation>su firma no es para emitir registros</translation>
    </message>
    <message>
        <source>its signature lacks a key or a value</source>
        <translation>a su firma le falta la clave o el valor</translation>
    </message>
    <message>
        <source>it was changed after it was signed</source>
        <translation>se cambió después de firmarse</translation>
    </message>
    <message>
        <source>it is exactly as it was signed</source>
        <translation>está exactamente como se firmó</translation>
    </message>
    <message>
        <source>it is signed with a key its issuer does not control</source>
        <translation>está firmado con una clave que su emisor no controla</translation>
    </message>
    <message>
        <source>it uses terms no context defines ({reason})</source>
        <translation>usa términos que ningún contexto define ({reason})</translation>
    </message>
    <message>
        <source>its JSON-LD cannot be read ({reason})</source>
        <translation>no se puede leer su JSON-LD ({reason})</translation>
    </message>
    <message>
        <source>the file is over {value} MB</source>
        <translation>el archivo supera los {value} MB</translation>
    </message>
    <message>
        <source>it is nested more than {max_depth} levels deep</source>
        <translation>está anidado a más de {max_depth} niveles</translation>
    </message>
    <message>
        <source>the file is not JSON</source>
        <translation>el archivo no es JSON</translation>
    </message>
    <message>
        <source>the key {key!r} appears twice in one object</source>
        <translation>la clave {key!r} aparece dos veces en un mismo objeto</translation>
    </message>
    <message>
        <source>it holds {name}, which is not JSON</source>
        <translation>contiene {name}, que no es JSON</translation>
    </message>
    <message>
        <source>The {test} has already been submitted.</source>
        <translation>La {test} ya se ha enviado.</translation>
    </message>
    <message>
        <source>This attempt no longer exists.</source>
        <translation>Este intento ya no existe.</translation>
    </message>
    <message>
        <source>This attempt has been submitted; its answers can no longer change.</source>
        <translation>Este intento ya se envió; sus respuestas ya no pueden cambiar.</translation>
    </message>
    <message>
        <source>Some answers are not yet saved to disk, so the test cannot be scored yet. Free some space or check the data folder, then submit.</source>
        <translation>Algunas respuestas aún no se han guardado en el disco, así que la prueba todavía no se puede puntuar. Libere espacio o revise la carpeta de datos y envíela.</translation>
    </message>
    <message>
        <source>Tick the box to attest that the time and credit you claim are accurate.</source>
        <translation>Marque la casilla para declarar que el tiempo y el crédito que solicita son exactos.</translation>
    </message>
    <message>
        <source>Enter the time you spent, in minutes (1 to 1440).</source>
        <translation>Indique el tiempo dedicado, en minutos (de 1 a 1440).</translation>
    </message>
    <message>
        <source>Credit has already been claimed for this activity.</source>
        <translation>Ya se solicitó el crédito de esta actividad.</translation>
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation>Ese perfil ya no existe.</translation>
    </message>
    <message>
        <source>That completion record does not exist.</source>
        <translation>Ese registro de finalización no existe.</translation>
    </message>
    <message>
        <source>That question is not part of this evaluation.</source>
        <translation>Esa pregunta no forma parte de esta evaluación.</translation>
    </message>
    <message>
        <source>The evaluation has been submitted; it can no longer change.</source>
        <translation>La evaluación ya se envió; ya no puede cambiar.</translation>
    </message>
    <message>
        <source>First or last name is too long: at most 100 characters each.</source>
        <translation>El nombre o el apellido es demasiado largo: 100 caracteres como máximo cada uno.</translation>
    </message>
    <message>
        <source>Enter your last name as your licensing board has it.</source>
        <translation>Escriba su apellido tal como lo tiene su consejo de licencias.</translation>
    </message>
    <message>
        <source>Give each board certification as the board and your id there, such as ABIM: 123456 (up to 20).</source>
        <translation>Indique cada certificación de consejo como el consejo y su ID en él, por ejemplo ABIM: 123456 (hasta 20).</translation>
    </message>
    <message>
        <source>Enter your full name as it should appear on certificates.</source>
        <translation>Escriba su nombre completo tal como debe aparecer en los certificados.</translation>
    </message>
    <message>
        <source>Your name is too long: at most {max_field} characters.</source>
        <translation>Su nombre es demasiado largo: {max_field} caracteres como máximo.</translation>
    </message>
    <message>
        <source>Choose your credentials (MD, DO, PA, NP, RN, PharmD or Other).</source>
        <translation>Elija sus credenciales (MD, DO, PA, NP, RN, PharmD u Other).</translation>
    </message>
    <message>
        <source>Enter your profession or specialty, such as Rheumatology.</source>
        <translation>Escriba su profesión o especialidad, por ejemplo Reumatología.</translation>
    </message>
    <message>
        <source>Profession is too long: at most {max_field} characters.</source>
        <translation>La profesión es demasiado larga: {max_field} caracteres como máximo.</translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.org.</source>
        <translation>Escriba una dirección de correo como nombre@example.org.</translation>
    </message>
    <message>
        <source>The NPI must be 10 digits with a valid check digit; check it or leave it empty.</source>
        <translation>El NPI debe tener 10 dígitos con un dígito de control válido; revíselo o déjelo vacío.</translation>
    </message>
    <message>
        <source>Give both the month and the day of birth, or neither.</source>
        <translation>Indique el mes y el día de nacimiento, o ninguno de los dos.</translation>
    </message>
    <message>
        <source>That month and day of birth do not exist.</source>
        <translation>Ese mes y día de nacimiento no existen.</translation>
    </message>
    <message>
        <source>The licence state or number is too long.</source>
        <translation>El estado o el número de la licencia es demasiado largo.</translation>
    </message>
    <message>
        <source>Tick the consent box to allow these details in reports to accreditors, or clear the licence, NPI and birth date fields.</source>
        <translation>Marque la casilla de consentimiento para permitir estos datos en los informes a los acreditadores, o borre los campos de licencia, NPI y fecha de nacimiento.</translation>
    </message>
    <message>
        <source>That activity is no longer installed.</source>
        <translation>Esa actividad ya no está instalada.</translation>
    </message>
    <message>
        <source>The installed copy of this activity is not in the library folder.</source>
        <translation>La copia instalada de esta actividad no está en la carpeta de la biblioteca.</translation>
    </message>
    <message>
        <source>The installed copy of this activity is damaged:
{problems}</source>
        <translation>La copia instalada de esta actividad está dañada:
{problems}</translation>
    </message>
    <message>
        <source>Reading the pack…</source>
        <translation>Leyendo el paquete…</translation>
    </message>
    <message>
        <source>Copying files…</source>
        <translation>Copiando archivos…</translation>
    </message>
    <message>
        <source>Unpacking files…</source>
        <translation>Descomprimiendo archivos…</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>Comprobando el paquete…</translation>
    </message>
    <message>
        <source>Already installed.</source>
        <translation>Ya está instalada.</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Instalando…</translation>
    </message>
    <message>
        <source>Installed.</source>
        <translation>Instalada.</translation>
    </message>
    <message>
        <source>{name} is not a file. Choose the certificate&apos;s PDF or image.</source>
        <translation>{name} no es un archivo. Elija el PDF o la imagen del certificado.</translation>
    </message>
    <message>
        <source>{name} is over {value} MB. Save the certificate as a smaller PDF or image and choose that.</source>
        <translation>{name} supera los {value} MB. Guarde el certificado como un PDF o una imagen más pequeños y elija ese archivo.</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}.</source>
        <translation>No se pudo leer {name}: {reason}.</translation>
    </message>
    <message>
        <source>{name} is not a PDF, PNG or JPEG file, so it cannot be kept as a certificate. Save or scan the certificate as one of those and choose that.</source>
        <translation>{name} no es un archivo PDF, PNG ni JPEG, así que no se puede guardar como certificado. Guarde o escanee el certificado en uno de esos formatos y elija ese archivo.</translation>
    </message>
    <message>
        <source>Enter the activity&apos;s title, as the certificate gives it.</source>
        <translation>Escriba el título de la actividad tal como figura en el certificado.</translation>
    </message>
    <message>
        <source>The date earned cannot be in the future.</source>
        <translation>La fecha de obtención no puede ser futura.</translation>
    </message>
    <message>
        <source>Enter the credits earned: more than 0, at most {most}.</source>
        <translation>Indique los créditos obtenidos: más de 0 y {most} como máximo.</translation>
    </message>
    <message>
        <source>This record is already in your wallet or your CME history.</source>
        <translation>Este registro ya está en su cartera o en su historial de EMC.</translation>
    </message>
    <message>
        <source>That credit is no longer in your wallet.</source>
        <translation>Ese crédito ya no está en su cartera.</translation>
    </message>
    <message>
        <source>This is a whole transcript, not one completion record. Import the records it lists one at a time, from their own files.</source>
        <translation>Esto es un expediente completo, no un registro de finalización. Importe uno a uno los registros que contiene, desde sus propios archivos.</translation>
    </message>
    <message>
        <source>Not added. {message}</source>
        <translation>No se añadió. {message}</translation>
    </message>
    <message>
        <source>This is not a completion record StudyApp can read: it is not an Open Badges credential. Add the certificate as an outside certificate instead.</source>
        <translation>Este no es un registro de finalización que StudyApp pueda leer: no es una credencial de Open Badges. Añada el certificado como certificado externo.</translation>
    </message>
    <message>
        <source>The record&apos;s signature cannot be checked on this computer (it does not use a did:key). It is kept as not checked.</source>
        <translation>La firma del registro no se puede comprobar en este equipo (no usa did:key). Se guarda como no comprobado.</translation>
    </message>
    <message>
        <source>This record is already in your CME history on this computer.</source>
        <translation>Este registro ya está en su historial de EMC en este equipo.</translation>
    </message>
    <message>
        <source>This record is already in your wallet.</source>
        <translation>Este registro ya está en su cartera.</translation>
    </message>
    <message>
        <source>This record has no id, so StudyApp cannot tell it from others. Add the certificate as an outside certificate instead.</source>
        <translation>Este registro no tiene id, así que StudyApp no puede distinguirlo de otros. Añada el certificado como certificado externo.</translation>
    </message>
    <message>
        <source>Write the zip outside the pack folder, or it would pack itself.</source>
        <translation>Escriba el zip fuera de la carpeta del paquete; si no, se empaquetaría a sí mismo.</translation>
    </message>
    <message>
        <source>{out} already exists; a key is never overwritten.</source>
        <translation>{out} ya existe; una clave nunca se sobrescribe.</translation>
    </message>
    <message>
        <source>Could not write {out}: {reason}.</source>
        <translation>No se pudo escribir {out}: {reason}.</translation>
    </message>
    <message>
        <source>Could not read the key {name}: {reason}.</source>
        <translation>No se pudo leer la clave {name}: {reason}.</translation>
    </message>
    <message>
        <source>{name} cannot sign packs: {reason}.</source>
        <translation>{name} no puede firmar paquetes: {reason}.</translation>
    </message>
    <message>
        <source>{name} has no manifest: build it with `studyapp pack build` first.</source>
        <translation>{name} no tiene manifiesto: constrúyalo primero con `studyapp pack build`.</translation>
    </message>
    <message>
        <source>{name} was changed after it was built ({changed}); build it again.</source>
        <translation>{name} se cambió después de construirse ({changed}); vuelva a construirlo.</translation>
    </message>
    <message>
        <source>This profile is protected. Unlock it with its passphrase to see its answers and history or to claim credit.</source>
        <translation>Este perfil está protegido. Desbloquéelo con su frase de contraseña para ver sus respuestas y su historial o para solicitar crédito.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Try again in {duration}.</source>
        <translation>Demasiadas frases de contraseña incorrectas. Vuelva a intentarlo dentro de {duration}.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>Esa frase de contraseña no es correcta.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again in {duration}.</source>
        <translation>Esa frase de contraseña no es correcta. Vuelva a intentarlo dentro de {duration}.</translation>
    </message>
    <message>
        <source>Restoring a backup replaces the data of protected profiles ({names}). Unlock each of them with its passphrase first (File &gt; Switch profile), then restore.</source>
        <translation>Restaurar una copia de seguridad sustituye los datos de los perfiles protegidos ({names}). Desbloquee antes cada uno con su frase de contraseña (Archivo &gt; Cambiar de perfil) y después restaure.</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} segundos</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minutos</translation>
    </message>
    <message>
        <source>Nothing was written: these learners agreed to reporting but their profiles lack what the accreditor requires.
{problems}
Complete their profiles, or export again leaving incomplete profiles out (--skip-incomplete).</source>
        <translation>No se escribió nada: estos participantes aceptaron los informes, pero a sus perfiles les falta lo que exige el acreditador.
{problems}
Complete sus perfiles, o vuelva a exportar omitiendo los perfiles incompletos (--skip-incomplete).</translation>
    </message>
    <message>
        <source>Checking signatures…</source>
        <translation>Comprobando las firmas…</translation>
    </message>
    <message>
        <source>first and last name</source>
        <translation>nombre y apellido</translation>
    </message>
    <message>
        <source>month and day of birth</source>
        <translation>mes y día de nacimiento</translation>
    </message>
    <message>
        <source>licence state and number, or NPI</source>
        <translation>estado y número de licencia, o NPI</translation>
    </message>
    <message>
        <source>{name}: missing {fields}</source>
        <translation>{name}: falta {fields}</translation>
    </message>
    <message>
        <source>Sample-activity records left out, not valid for credit: {count}.</source>
        <translation>Registros de actividades de muestra omitidos, no válidos para crédito: {count}.</translation>
    </message>
    <message>
        <source>Records of participation (non-physician) left out, as PARS takes physician credit: {count}.</source>
        <translation>Registros de participación (no médicos) omitidos, porque PARS solo admite crédito médico: {count}.</translation>
    </message>
    <message>
        <source>Learners who did not agree to reporting, whose records are left out: {count}.</source>
        <translation>Participantes que no aceptaron los informes, cuyos registros se omiten: {count}.</translation>
    </message>
    <message>
        <source>Left out as incomplete: {problems}.</source>
        <translation>Omitidos por estar incompletos: {problems}.</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Leyendo los registros…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Signature checks out: the record is exactly as it was signed by this computer&apos;s StudyApp.</source>
        <translation>La firma es válida: el registro está exactamente como lo firmó el StudyApp de este equipo.</translation>
    </message>
    <message>
        <source>Signature checks out: the record is exactly as it was signed with key {did}. Check that this is a key you trust.</source>
        <translation>La firma es válida: el registro está exactamente como se firmó con la clave {did}. Compruebe que es una clave de confianza.</translation>
    </message>
    <message>
        <source>The signature does not match: this record was changed after it was signed. Do not accept it; ask for the original file.</source>
        <translation>La firma no coincide: este registro se cambió después de firmarse. No lo acepte; pida el archivo original.</translation>
    </message>
    <message>
        <source>The signature does not belong to the record&apos;s issuer: it was made with a key the issuer does not control. Do not accept it; ask for the original file.</source>
        <translation>La firma no pertenece al emisor del registro: se hizo con una clave que el emisor no controla. No lo acepte; pida el archivo original.</translation>
    </message>
    <message>
        <source>This record has no signature, so it cannot be checked. Records made before StudyApp signed them have none; newer ones always do.</source>
        <translation>Este registro no tiene firma, así que no se puede comprobar. Los registros hechos antes de que StudyApp los firmara no la tienen; los más nuevos siempre la tienen.</translation>
    </message>
    <message>
        <source>This is not a record StudyApp can check: {reason}.</source>
        <translation>Este no es un registro que StudyApp pueda comprobar: {reason}.</translation>
    </message>
    <message>
        <source>the transcript holds over {count:,} records, more than StudyApp checks in one file</source>
        <translation>el expediente contiene más de {count:,} registros, más de los que StudyApp comprueba en un archivo</translation>
    </message>
    <message>
        <source>Compared with this computer&apos;s copy, these differ: {parts}.</source>
        <translation>Comparado con la copia de este equipo, difiere en: {parts}.</translation>
    </message>
    <message>
        <source>The transcript itself: {verdict}</source>
        <translation>El propio expediente: {verdict}</translation>
    </message>
    <message>
        <source>It holds no completion records.</source>
        <translation>No contiene registros de finalización.</translation>
    </message>
    <message>
        <source>Record {position} of {count} ({title}): {verdict}</source>
        <translation>Registro {position} de {count} ({title}): {verdict}</translation>
    </message>
    <message>
        <source>Record {position} of {count}: {verdict}</source>
        <translation>Registro {position} de {count}: {verdict}</translation>
    </message>
    <message>
        <source>…and {count} more records that do not check out.</source>
        <translation>…y {count} registros más que no superan la comprobación.</translation>
    </message>
    <message>
        <source>The transcript&apos;s own signature checks out, but records inside it do not.</source>
        <translation>La firma del propio expediente es válida, pero la de registros que contiene no.</translation>
    </message>
    <message>
        <source>All {count} records inside it check out on their own signatures.</source>
        <translation>Los {count} registros que contiene son válidos según sus propias firmas.</translation>
    </message>
    <message>
        <source>Transcript checks out: the transcript and the 1 completion record inside it are exactly as they were signed by this computer&apos;s StudyApp.</source>
        <translation>El expediente es válido: el expediente y el registro de finalización que contiene están exactamente como los firmó el StudyApp de este equipo.</translation>
    </message>
    <message>
        <source>Transcript checks out: the transcript and the {count} completion records inside it are exactly as they were signed by this computer&apos;s StudyApp.</source>
        <translation>El expediente es válido: el expediente y los {count} registros de finalización que contiene están exactamente como los firmó el StudyApp de este equipo.</translation>
    </message>
    <message>
        <source>Transcript checks out: the transcript and the 1 completion record inside it are exactly as they were signed with key {did}. Check that this is a key you trust.</source>
        <translation>El expediente es válido: el expediente y el registro de finalización que contiene están exactamente como se firmaron con la clave {did}. Compruebe que es una clave de confianza.</translation>
    </message>
    <message>
        <source>Transcript checks out: the transcript and the {count} completion records inside it are exactly as they were signed with key {did}. Check that this is a key you trust.</source>
        <translation>El expediente es válido: el expediente y los {count} registros de finalización que contiene están exactamente como se firmaron con la clave {did}. Compruebe que es una clave de confianza.</translation>
    </message>
    <message>
        <source>the file is over {count} MB</source>
        <translation>el archivo supera los {count} MB</translation>
    </message>
    <message>
        <source>{name} is not a text file, so it is not a record.</source>
        <translation>{name} no es un archivo de texto, así que no es un registro.</translation>
    </message>
    <message>
        <source>The attached transcript checks out on its own, but it is not the one this PDF was printed for: the page shows verification code {printed}, the attached transcript has {own}. Do not accept it; ask for the original file.</source>
        <translation>El expediente adjunto es válido por sí solo, pero no es aquel para el que se imprimió este PDF: la página muestra el código de verificación {printed} y el expediente adjunto tiene {own}. No lo acepte; pida el archivo original.</translation>
    </message>
    <message>
        <source>The attached record checks out on its own, but it is not the one this PDF was printed for: the page shows verification code {printed}, the attached record has {own}. Do not accept it; ask for the original file.</source>
        <translation>El registro adjunto es válido por sí solo, pero no es aquel para el que se imprimió este PDF: la página muestra el código de verificación {printed} y el registro adjunto tiene {own}. No lo acepte; pida el archivo original.</translation>
    </message>
    <message>
        <source>when StudyApp started</source>
        <translation>al iniciarse StudyApp</translation>
    </message>
    <message>
        <source>after a completion record</source>
        <translation>después de un registro de finalización</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>The disk would not let StudyApp read your data ({detail}). This usually means the disk is full or failing. Nothing was moved or changed. Free some space or check the disk, then start StudyApp again.</source>
        <translation>El disco no dejó que StudyApp leyera sus datos ({detail}). Esto suele significar que el disco está lleno o fallando. No se ha movido ni cambiado nada. Libere espacio o revise el disco y vuelva a iniciar StudyApp.</translation>
    </message>
    <message>
        <source>StudyApp&apos;s data file is missing, but a backup from {backup} holds your profiles. Start StudyApp to restore it, or restore it from File &gt; Restore from backup.</source>
        <translation>Falta el archivo de datos de StudyApp, pero una copia de seguridad del {backup} contiene sus perfiles. Inicie StudyApp para restaurarla, o restáurela desde Archivo &gt; Restaurar desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>StudyApp&apos;s data file is empty, but a backup from {backup} holds your profiles. Start StudyApp to restore it, or restore it from File &gt; Restore from backup.</source>
        <translation>El archivo de datos de StudyApp está vacío, pero una copia de seguridad del {backup} contiene sus perfiles. Inicie StudyApp para restaurarla, o restáurela desde Archivo &gt; Restaurar desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>before a database upgrade</source>
        <translation>antes de una actualización de la base de datos</translation>
    </message>
    <message>
        <source>{date} {time} — {why} ({size} KB)</source>
        <translation>{date} {time} — {why} ({size} KB)</translation>
    </message>
    <message>
        <source>That backup is damaged and cannot be restored. Choose another one.</source>
        <translation>Esa copia de seguridad está dañada y no se puede restaurar. Elija otra.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Keeping your current data aside…</source>
        <translation>Apartando sus datos actuales…</translation>
    </message>
    <message>
        <source>Copying the backup…</source>
        <translation>Copiando la copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup could not be copied ({reason}). Check the disk has space, then try again.</source>
        <translation>No se pudo copiar la copia de seguridad ({reason}). Compruebe que el disco tiene espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>That question is no longer in its activity.</source>
        <translation>Esa pregunta ya no está en su actividad.</translation>
    </message>
    <message>
        <source>That question is not in your review.</source>
        <translation>Esa pregunta no está en su repaso.</translation>
    </message>
    <message>
        <source>That profile does not exist.</source>
        <translation>Ese perfil no existe.</translation>
    </message>
    <message>
        <source>There are no completion records in this period, so there is no transcript to make. Choose other dates, or claim credit for an activity first.</source>
        <translation>No hay registros de finalización en este periodo, así que no hay expediente que preparar. Elija otras fechas, o solicite antes el crédito de una actividad.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>&apos;{text}&apos; no es un número.</translation>
    </message>
    <message>
        <source>Enter a number of credits more than zero.</source>
        <translation>Indique un número de créditos mayor que cero.</translation>
    </message>
    <message>
        <source>Enter at most {most} credits.</source>
        <translation>Indique {most} créditos como máximo.</translation>
    </message>
    <message>
        <source>Enter the state or country of the licence.</source>
        <translation>Indique el estado o el país de la licencia.</translation>
    </message>
    <message>
        <source>Enter the board that certifies you.</source>
        <translation>Indique el consejo que le certifica.</translation>
    </message>
    <message>
        <source>The cycle must end after it starts.</source>
        <translation>El ciclo debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>Every topic requirement needs a topic.</source>
        <translation>Cada requisito por tema necesita un tema.</translation>
    </message>
    <message>
        <source>The topic &apos;{topic}&apos; is listed twice.</source>
        <translation>El tema &apos;{topic}&apos; aparece dos veces.</translation>
    </message>
    <message>
        <source>Give the hours &apos;{topic}&apos; needs (more than zero).</source>
        <translation>Indique las horas que necesita &apos;{topic}&apos; (más de cero).</translation>
    </message>
    <message>
        <source>That licence or certification is no longer in your wallet.</source>
        <translation>Esa licencia o certificación ya no está en su cartera.</translation>
    </message>
    <message>
        <source>Opening the data…</source>
        <translation>Abriendo los datos…</translation>
    </message>
    <message>
        <source>Credit must be claimed in steps of {step}; {credits} is not.</source>
        <translation>El crédito se solicita en pasos de {step}; {credits} no lo es.</translation>
    </message>
    <message>
        <source>Choose how much credit to claim; it must be more than zero.</source>
        <translation>Elija cuánto crédito solicitar; debe ser más de cero.</translation>
    </message>
    <message>
        <source>You can claim at most {most} credits for this activity.</source>
        <translation>Puede solicitar como máximo {most} créditos por esta actividad.</translation>
    </message>
    <message>
        <source>Your data folder is read-only, so nothing new can be saved. Ask for write access to it, or start StudyApp with --data-dir to use another folder.</source>
        <translation>Su carpeta de datos es de solo lectura, así que no se puede guardar nada nuevo. Pida permiso de escritura en ella, o inicie StudyApp con --data-dir para usar otra carpeta.</translation>
    </message>
    <message>
        <source>The data folder {root} is read-only and holds no StudyApp data. Ask for write access to it, or start StudyApp with --data-dir to use another folder.</source>
        <translation>La carpeta de datos {root} es de solo lectura y no contiene datos de StudyApp. Pida permiso de escritura en ella, o inicie StudyApp con --data-dir para usar otra carpeta.</translation>
    </message>
    <message>
        <source>StudyApp keeps its data in the folder {where}, but a file has that name. Move or rename that file, or start StudyApp with --data-dir to use another folder.</source>
        <translation>StudyApp guarda sus datos en la carpeta {where}, pero hay un archivo con ese nombre. Mueva o cambie el nombre de ese archivo, o inicie StudyApp con --data-dir para usar otra carpeta.</translation>
    </message>
    <message>
        <source>Could not save to {folder}: {reason}. Choose another folder.</source>
        <translation>No se pudo guardar en {folder}: {reason}. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}. Check the disk has space, or choose another folder.</source>
        <translation>No se pudo guardar {name}: {reason}. Compruebe que el disco tiene espacio, o elija otra carpeta.</translation>
    </message>
    <message>
        <source>Not yet saved to disk: {reason}. 1 answer is kept in memory and will be saved as soon as the disk allows. Keep StudyApp open; free some space or check the data folder.</source>
        <translation>Aún no se ha guardado en el disco: {reason}. 1 respuesta se guarda en memoria y se guardará en cuanto el disco lo permita. Mantenga StudyApp abierto; libere espacio o revise la carpeta de datos.</translation>
    </message>
    <message>
        <source>Not yet saved to disk: {reason}. {count} answers are kept in memory and will be saved as soon as the disk allows. Keep StudyApp open; free some space or check the data folder.</source>
        <translation>Aún no se ha guardado en el disco: {reason}. {count} respuestas se guardan en memoria y se guardarán en cuanto el disco lo permita. Mantenga StudyApp abierto; libere espacio o revise la carpeta de datos.</translation>
    </message>
    <message>
        <source>{pack} is not a pack folder (it has no activity.toml). Create the pack first, then import questions into it.</source>
        <translation>{pack} no es una carpeta de paquete (no tiene activity.toml). Cree primero el paquete y después importe las preguntas en él.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of StudyApp (schema {schema}). It has not been changed. Install the newer StudyApp to open it.</source>
        <translation>Estos datos los guardó una versión más nueva de StudyApp (esquema {schema}). No se han cambiado. Instale el StudyApp más nuevo para abrirlos.</translation>
    </message>
    <message>
        <source>This data was saved by an older StudyApp and must be upgraded, which needs a data folder StudyApp can write to.</source>
        <translation>Estos datos los guardó un StudyApp anterior y hay que actualizarlos, para lo que se necesita una carpeta de datos en la que StudyApp pueda escribir.</translation>
    </message>
    <message>
        <source>StudyApp is already open on this data folder (process {holder}). Switch to that window; only one copy of StudyApp can use the same data at a time.</source>
        <translation>StudyApp ya está abierto en esta carpeta de datos (proceso {holder}). Cambie a esa ventana; solo una copia de StudyApp puede usar los mismos datos a la vez.</translation>
    </message>
    <message>
        <source>{name} could not be installed: {reason}</source>
        <translation>{name} no se pudo instalar: {reason}</translation>
    </message>
</context>
<context>
    <name>OutsideCreditDialog</name>
    <message>
        <source>Add an imported record</source>
        <translation>Añadir un registro importado</translation>
    </message>
    <message>
        <source>Edit outside credit</source>
        <translation>Editar crédito externo</translation>
    </message>
    <message>
        <source>Add an outside certificate</source>
        <translation>Añadir un certificado externo</translation>
    </message>
    <message>
        <source>e.g. AMA PRA Category 1 Credit™</source>
        <translation>p. ej., AMA PRA Category 1 Credit™</translation>
    </message>
    <message>
        <source>e.g. Opioid prescribing; Ethics</source>
        <translation>p. ej., Prescripción de opioides; Ética</translation>
    </message>
    <message>
        <source>No file kept</source>
        <translation>No se guarda ningún archivo</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <source>No fi&amp;le</source>
        <translation>&amp;Sin archivo</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>&amp;Date earned:</source>
        <translation>&amp;Fecha de obtención:</translation>
    </message>
    <message>
        <source>&amp;Credits:</source>
        <translation>&amp;Créditos:</translation>
    </message>
    <message>
        <source>Credit t&amp;ype:</source>
        <translation>&amp;Tipo de crédito:</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>T&amp;emas:</translation>
    </message>
    <message>
        <source>The certificate (PDF, PNG or JPEG), kept for audits:</source>
        <translation>El certificado (PDF, PNG o JPEG), guardado para auditorías:</translation>
    </message>
    <message>
        <source>Check of the record</source>
        <translation>Comprobación del registro</translation>
    </message>
    <message>
        <source>Kept: {kept}</source>
        <translation>Guardado: {kept}</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Elegir el certificado</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Certificados (*.pdf *.png *.jpg *.jpeg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>To keep: {file}</source>
        <translation>Se guardará: {file}</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>*Disclosure:* {disclosure}
</source>
        <translation>*Declaración:* {disclosure}
</translation>
    </message>
    <message>
        <source>&gt; **Sample activity.** Bundled with StudyApp to show how an activity works. Its certificates are marked as samples and are not valid for credit.</source>
        <translation>&gt; **Actividad de muestra.** Incluida con StudyApp para mostrar cómo funciona una actividad. Sus certificados se marcan como muestras y no son válidos para crédito.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <source>Most recent review</source>
        <translation>Revisión más reciente</translation>
    </message>
    <message>
        <source>Estimated time to complete</source>
        <translation>Tiempo estimado para completarla</translation>
    </message>
    <message>
        <source>Maximum credits</source>
        <translation>Créditos máximos</translation>
    </message>
    <message>
        <source>Passing score</source>
        <translation>Puntuación para aprobar</translation>
    </message>
    <message>
        <source>{passing_score}% on the Post-Test</source>
        <translation>{passing_score}% en la Prueba posterior</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>## Statement of need</source>
        <translation>## Justificación de la necesidad</translation>
    </message>
    <message>
        <source>### References</source>
        <translation>### Referencias</translation>
    </message>
    <message>
        <source>## Intended audience</source>
        <translation>## Destinatarios</translation>
    </message>
    <message>
        <source>## Educational objectives</source>
        <translation>## Objetivos educativos</translation>
    </message>
    <message>
        <source>After completing this activity, participants should be better able to:</source>
        <translation>Al completar esta actividad, los participantes deberían ser más capaces de:</translation>
    </message>
    <message>
        <source>## Faculty and disclosures</source>
        <translation>## Docentes y declaraciones</translation>
    </message>
    <message>
        <source>### Planners and managers</source>
        <translation>### Planificadores y gestores</translation>
    </message>
    <message>
        <source>## Accreditation statement</source>
        <translation>## Declaración de acreditación</translation>
    </message>
    <message>
        <source>## Designation statement</source>
        <translation>## Declaración de designación</translation>
    </message>
    <message>
        <source>## Commercial support</source>
        <translation>## Apoyo comercial</translation>
    </message>
    <message>
        <source>## Disclosure of unlabeled use</source>
        <translation>## Declaración de usos no aprobados</translation>
    </message>
    <message>
        <source>## Fee, refund and cancellation policy</source>
        <translation>## Tarifa, reembolso y cancelación</translation>
    </message>
    <message>
        <source>## How to earn credit</source>
        <translation>## Cómo obtener el crédito</translation>
    </message>
    <message>
        <source>## Hardware and software requirements</source>
        <translation>## Requisitos de hardware y software</translation>
    </message>
    <message>
        <source>## History of this activity</source>
        <translation>## Historial de esta actividad</translation>
    </message>
    <message>
        <source>Work through the tabs in order: Pre-Test, Reading, Post-Test, Evaluation, then Credit. Everything is saved as you go.</source>
        <translation>Avance por las pestañas en orden: Prueba previa, Lectura, Prueba posterior, Evaluación y Crédito. Todo se guarda sobre la marcha.</translation>
    </message>
    <message>
        <source>In your queue ✓</source>
        <translation>En su cola ✓</translation>
    </message>
    <message>
        <source>Add to &amp;queue</source>
        <translation>Añadir a la &amp;cola</translation>
    </message>
</context>
<context>
    <name>PassphraseDialogs</name>
    <message>
        <source>The passphrase keeps other people who use StudyApp on this computer out of this profile. It does not encrypt your files: someone with access to the disk could still read them.</source>
        <translation>La frase de contraseña impide que otras personas que usan StudyApp en este equipo entren en este perfil. No cifra sus archivos: alguien con acceso al disco podría leerlos.</translation>
    </message>
    <message>
        <source>Unlock profile</source>
        <translation>Desbloquear perfil</translation>
    </message>
    <message>
        <source>&lt;b&gt;{display_name}&lt;/b&gt; is protected. Enter the passphrase to see this profile&apos;s answers and history.</source>
        <translation>&lt;b&gt;{display_name}&lt;/b&gt; está protegido. Escriba la frase de contraseña para ver las respuestas y el historial de este perfil.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Protect profile with a passphrase</source>
        <translation>Proteger el perfil con una frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>Welcome to StudyApp: create your learner profile</source>
        <translation>Bienvenido a StudyApp: cree su perfil de participante</translation>
    </message>
    <message>
        <source>Your institution requires a passphrase</source>
        <translation>Su institución exige una frase de contraseña</translation>
    </message>
    <message>
        <source>{display_name} needs a passphrase before it can be used here: choose the profile again to set one.</source>
        <translation>{display_name} necesita una frase de contraseña para poder usarse aquí: vuelva a elegir el perfil para ponerla.</translation>
    </message>
    <message>
        <source>This profile is now protected.</source>
        <translation>Este perfil ya está protegido.</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Cambiar de perfil</translation>
    </message>
    <message>
        <source>Who is studying?</source>
        <translation>¿Quién va a estudiar?</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>Create your learner profile</source>
        <translation>Cree su perfil de participante</translation>
    </message>
    <message>
        <source>Your name and credentials appear on your certificates exactly as entered here.</source>
        <translation>Su nombre y sus credenciales aparecen en sus certificados tal como los escriba aquí.</translation>
    </message>
    <message>
        <source>e.g. Maria Lopez</source>
        <translation>p. ej., Maria Lopez</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>from your full name if left empty</source>
        <translation>de su nombre completo si lo deja vacío</translation>
    </message>
    <message>
        <source>e.g. ABIM: 123456; ABFM: 98765</source>
        <translation>p. ej., ABIM: 123456; ABFM: 98765</translation>
    </message>
    <message>
        <source>I agree that my licence, NPI and birth month/day may be included in reports to accreditors.</source>
        <translation>Acepto que mi licencia, mi NPI y mi mes y día de nacimiento se incluyan en los informes a los acreditadores.</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation>&amp;Credenciales:</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>&amp;Profesión:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Your institution asks for a passphrase on every profile, so that no one else using this computer can open yours. It cannot be recovered if lost.</source>
        <translation>Su institución pide una frase de contraseña en cada perfil, para que nadie más que use este equipo pueda abrir el suyo. No se puede recuperar si la pierde.</translation>
    </message>
    <message>
        <source>Passp&amp;hrase:</source>
        <translation>Frase de contra&amp;seña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>For accreditor reporting (optional)</source>
        <translation>Para los informes al acreditador (opcional)</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>N&amp;ombre de pila:</translation>
    </message>
    <message>
        <source>Last na&amp;me:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>Licence &amp;state:</source>
        <translation>Estado de la licen&amp;cia:</translation>
    </message>
    <message>
        <source>Licence n&amp;umber:</source>
        <translation>Nú&amp;mero de licencia:</translation>
    </message>
    <message>
        <source>NP&amp;I:</source>
        <translation>NP&amp;I:</translation>
    </message>
    <message>
        <source>&amp;Board certifications:</source>
        <translation>Certificaciones de conse&amp;jo:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Mes de nacimiento</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>Día de nacimiento</translation>
    </message>
</context>
<context>
    <name>QtiDialog</name>
    <message>
        <source>Import questions into a pack</source>
        <translation>Importar preguntas a un paquete</translation>
    </message>
    <message>
        <source>a QTI .zip or .xml file</source>
        <translation>un archivo QTI .zip o .xml</translation>
    </message>
    <message>
        <source>the pack folder (with activity.toml)</source>
        <translation>la carpeta del paquete (con activity.toml)</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <source>Choose &amp;pack…</source>
        <translation>Elegir &amp;paquete…</translation>
    </message>
    <message>
        <source>Question &amp;bank:</source>
        <translation>&amp;Banco de preguntas:</translation>
    </message>
    <message>
        <source>Into &amp;pack:</source>
        <translation>En el pa&amp;quete:</translation>
    </message>
    <message>
        <source>Add to the &amp;test:</source>
        <translation>Añadir a la &amp;prueba:</translation>
    </message>
    <message>
        <source>Choose a question bank and a pack folder.</source>
        <translation>Elija un banco de preguntas y una carpeta de paquete.</translation>
    </message>
    <message>
        <source>What the import found</source>
        <translation>Lo que encontró la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Banco de preguntas</translation>
    </message>
    <message>
        <source>QTI packages (*.zip *.xml);;All files (*)</source>
        <translation>Paquetes QTI (*.zip *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Pack folder</source>
        <translation>Carpeta del paquete</translation>
    </message>
    <message>
        <source>Reading the question bank…</source>
        <translation>Leyendo el banco de preguntas…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check the questions below, then import them.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Revise las preguntas de abajo y después impórtelas.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No question in this bank can be imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ninguna pregunta de este banco se puede importar.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name} cannot be imported.&lt;/b&gt; Nothing was changed.</source>
        <translation>&lt;b&gt;{name} no se puede importar.&lt;/b&gt; No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name} could not be read.&lt;/b&gt; Nothing was changed.</source>
        <translation>&lt;b&gt;{name} no se pudo leer.&lt;/b&gt; No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>An unexpected problem stopped it: {reason!r}</source>
        <translation>Un problema inesperado lo detuvo: {reason!r}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The questions were not added:&lt;/b&gt; the pack would not load with them. Its file is as it was.</source>
        <translation>&lt;b&gt;Las preguntas no se añadieron:&lt;/b&gt; el paquete no se cargaría con ellas. Su archivo sigue como estaba.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The questions were not added.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Las preguntas no se añadieron.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Added {count} questions to {name}.&lt;/b&gt; Check them with `studyapp pack lint` before you build the pack.</source>
        <translation>&lt;b&gt;Se añadieron {count} preguntas a {name}.&lt;/b&gt; Revíselas con `studyapp pack lint` antes de construir el paquete.</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Choose the one best answer.</source>
        <translation>Elija la mejor respuesta.</translation>
    </message>
    <message>
        <source>Select all that apply.</source>
        <translation>Marque todas las que correspondan.</translation>
    </message>
    <message>
        <source>True or false?</source>
        <translation>¿Verdadero o falso?</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>Pregunta {number}</translation>
    </message>
    <message>
        <source>Question {number}: {stem}</source>
        <translation>Pregunta {number}: {stem}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>{verdict} Correct answer: {answer}</source>
        <translation>{verdict} Respuesta correcta: {answer}</translation>
    </message>
    <message>
        <source>&lt;br/&gt;&lt;small&gt;Reference {reference}: {citation}&lt;/small&gt;</source>
        <translation>&lt;br/&gt;&lt;small&gt;Referencia {reference}: {citation}&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;br/&gt;&lt;a href=&quot;section:{id}&quot;&gt;Read the section: {title}&lt;/a&gt;</source>
        <translation>&lt;br/&gt;&lt;a href=&quot;section:{id}&quot;&gt;Leer la sección: {title}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Question {number}: correct</source>
        <translation>Pregunta {number}: correcta</translation>
    </message>
    <message>
        <source>Question {number}: incorrect</source>
        <translation>Pregunta {number}: incorrecta</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>credit claimed</source>
        <translation>crédito obtenido</translation>
    </message>
    <message>
        <source>⚠ expired on {date}: no credit can be claimed</source>
        <translation>⚠ caducó el {date}: ya no se puede solicitar crédito</translation>
    </message>
    <message>
        <source>⚠ expires {when}</source>
        <translation>⚠ caduca {when}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>hasta el {date}</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Queued activities, in order</source>
        <translation>Actividades en cola, en orden</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Remove from queue</source>
        <translation>&amp;Quitar de la cola</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Your queue is empty. Choose “Add to queue” on an activity&apos;s Overview to line it up here.</source>
        <translation>Su cola está vacía. Elija «Añadir a la cola» en la Presentación de una actividad para ponerla aquí.</translation>
    </message>
    <message>
        <source>1 activity lined up.</source>
        <translation>1 actividad en cola.</translation>
    </message>
    <message>
        <source>{count} activities lined up, in your order.</source>
        <translation>{count} actividades en cola, en su orden.</translation>
    </message>
    <message>
        <source>1 expires within 30 days.</source>
        <translation>1 caduca en los próximos 30 días.</translation>
    </message>
    <message>
        <source>{count} expire within 30 days.</source>
        <translation>{count} caducan en los próximos 30 días.</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>Answers not yet saved</source>
        <translation>Respuestas aún sin guardar</translation>
    </message>
    <message>
        <source>{left} answer(s) could not be saved to disk ({reason}) and are only in memory. If you quit now they will be lost.

Quit anyway?</source>
        <translation>{left} respuesta(s) no se pudieron guardar en el disco ({reason}) y solo están en la memoria. Si sale ahora, se perderán.

¿Salir de todos modos?</translation>
    </message>
</context>
<context>
    <name>ReadingAids</name>
    <message>
        <source>Search this activity (Ctrl+Shift+F)</source>
        <translation>Buscar en esta actividad (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search the reading</source>
        <translation>Buscar en la lectura</translation>
    </message>
    <message>
        <source>Sections that match</source>
        <translation>Secciones que coinciden</translation>
    </message>
    <message>
        <source>Your note on this section, saved as you type</source>
        <translation>Su nota sobre esta sección, guardada mientras escribe</translation>
    </message>
    <message>
        <source>Your note on this section</source>
        <translation>Su nota sobre esta sección</translation>
    </message>
    <message>
        <source>Read {read} of {total} sections</source>
        <translation>Leídas {read} de {total} secciones</translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark this section</source>
        <translation>☆ &amp;Marcar esta sección</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se guardó: {reason}</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Nota guardada</translation>
    </message>
    <message>
        <source>No section mentions “{query}”.</source>
        <translation>Ninguna sección menciona «{query}».</translation>
    </message>
</context>
<context>
    <name>ReadingTab</name>
    <message>
        <source>Reading sections</source>
        <translation>Secciones de la lectura</translation>
    </message>
    <message>
        <source>*This section could not be read ({reason}).*</source>
        <translation>*Esta sección no se pudo leer ({reason}).*</translation>
    </message>
    <message>
        <source>Web links are not opened from activities. The address is: {url}</source>
        <translation>Los enlaces web no se abren desde las actividades. La dirección es: {url}</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>submit the Pre-Test</source>
        <translation>envíe la Prueba previa</translation>
    </message>
    <message>
        <source>pass the Post-Test ({score}% or more)</source>
        <translation>apruebe la Prueba posterior ({score}% o más)</translation>
    </message>
    <message>
        <source>submit the Evaluation</source>
        <translation>envíe la Evaluación</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>Submit the Pre-Test first. Your score there does not count against you.</source>
        <translation>Envíe primero la Prueba previa. Su puntuación en ella no cuenta en su contra.</translation>
    </message>
    <message>
        <source>You have passed the Post-Test.</source>
        <translation>Ha aprobado la Prueba posterior.</translation>
    </message>
    <message>
        <source>You have used all {count} Post-Test attempts for this activity, so credit cannot be claimed.</source>
        <translation>Ha usado los {count} intentos de la Prueba posterior de esta actividad, así que no puede solicitar el crédito.</translation>
    </message>
    <message>
        <source>You have claimed credit for this activity. Your certificate is in your CME history.</source>
        <translation>Ya solicitó el crédito de esta actividad. Su certificado está en su historial de EMC.</translation>
    </message>
    <message>
        <source>This activity expired on {date}. You can still study it, but credit can no longer be claimed.</source>
        <translation>Esta actividad venció el {date}. Aún puede estudiarla, pero ya no puede solicitar el crédito.</translation>
    </message>
    <message>
        <source>Credit can be claimed from {date}.</source>
        <translation>Puede solicitar el crédito a partir del {date}.</translation>
    </message>
    <message>
        <source>To claim credit, {steps}.</source>
        <translation>Para solicitar el crédito, {steps}.</translation>
    </message>
    <message>
        <source>The Evaluation opens once you have taken the Post-Test: it asks how well the activity met its objectives, which you can judge only after the test.</source>
        <translation>La Evaluación se abre cuando haya hecho la Prueba posterior: pregunta en qué medida la actividad cumplió sus objetivos, algo que solo puede juzgar después de la prueba.</translation>
    </message>
    <message>
        <source>The Evaluation opens once you pass the Post-Test ({score}% or more).</source>
        <translation>La Evaluación se abre cuando apruebe la Prueba posterior ({score}% o más).</translation>
    </message>
    <message>
        <source>a certificate for {credit_type}</source>
        <translation>un certificado de {credit_type}</translation>
    </message>
    <message>
        <source>a certificate of participation</source>
        <translation>un certificado de participación</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>{name} (sample)</source>
        <translation>{name} (muestra)</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Save certificate</source>
        <translation>Guardar certificado</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the certificate…</source>
        <translation>Guardando el certificado…</translation>
    </message>
    <message>
        <source>Certificate saved to {where}.</source>
        <translation>Certificado guardado en {where}.</translation>
    </message>
    <message>
        <source>The certificate could not be saved: {reason}</source>
        <translation>No se pudo guardar el certificado: {reason}</translation>
    </message>
    <message>
        <source>Save completion record</source>
        <translation>Guardar registro de finalización</translation>
    </message>
    <message>
        <source>Completion records (*.json)</source>
        <translation>Registros de finalización (*.json)</translation>
    </message>
    <message>
        <source>Record saved to {path}.</source>
        <translation>Registro guardado en {path}.</translation>
    </message>
    <message>
        <source>Completion record saved to {path}.</source>
        <translation>Registro de finalización guardado en {path}.</translation>
    </message>
    <message>
        <source>Certificate opened from {where}.</source>
        <translation>Certificado abierto desde {where}.</translation>
    </message>
    <message>
        <source>Opening the certificate…</source>
        <translation>Abriendo el certificado…</translation>
    </message>
    <message>
        <source>Could not open it: {reason}</source>
        <translation>No se pudo abrir: {reason}</translation>
    </message>
</context>
<context>
    <name>RecordCheck</name>
    <message>
        <source>Check a completion record</source>
        <translation>Comprobar un registro de finalización</translation>
    </message>
    <message>
        <source>Completion records, certificates and transcripts (*.json *.pdf);;All files (*)</source>
        <translation>Registros de finalización, certificados y expedientes (*.json *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking the signatures in {name}…</source>
        <translation>Comprobando las firmas de {name}…</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>The file could not be checked: {reason}</source>
        <translation>No se pudo comprobar el archivo: {reason}</translation>
    </message>
    <message>
        <source>Transcript checks out</source>
        <translation>El expediente es válido</translation>
    </message>
    <message>
        <source>Transcript does not check out</source>
        <translation>El expediente no es válido</translation>
    </message>
    <message>
        <source>Record checks out</source>
        <translation>El registro es válido</translation>
    </message>
    <message>
        <source>Record does not check out</source>
        <translation>El registro no es válido</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>StudyApp could not use its data file: {problem}. The damaged file was moved, unchanged, to {moved}.</source>
        <translation>StudyApp no pudo usar su archivo de datos: {problem}. El archivo dañado se movió, sin cambios, a {moved}.</translation>
    </message>
    <message>
        <source>Your data file was damaged</source>
        <translation>Su archivo de datos estaba dañado</translation>
    </message>
    <message>
        <source>No usable backup was found, so StudyApp has started with no history. Keep that file and send it to your support contact: it may be recoverable.</source>
        <translation>No se encontró ninguna copia de seguridad utilizable, así que StudyApp se ha iniciado sin historial. Conserve ese archivo y envíelo a su contacto de soporte: puede que sea recuperable.</translation>
    </message>
    <message>
        <source>Your data was restored from a backup</source>
        <translation>Sus datos se restauraron desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Your data was restored from the automatic backup of {date} at {time}; anything done after that time is not included.</source>
        <translation>Sus datos se restauraron desde la copia de seguridad automática del {date} a las {time}; lo hecho después de esa hora no está incluido.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>StudyApp backs your data up when it starts after a change, after every completion record and before an upgrade. Restoring replaces your current data with the backup you choose; the current data is kept in the folder {folder} in case you need it.</source>
        <translation>StudyApp hace una copia de seguridad de sus datos al iniciarse después de un cambio, después de cada registro de finalización y antes de una actualización. Restaurar sustituye sus datos actuales por la copia que elija; los datos actuales se guardan en la carpeta {folder} por si los necesita.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, las más recientes primero</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore needs the profile unlocked</source>
        <translation>Para restaurar hay que desbloquear el perfil</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Restoring from backup</source>
        <translation>Restaurando desde la copia de seguridad</translation>
    </message>
    <message>
        <source>Restored the backup of {chosen}. The data it replaced is kept at {kept}.</source>
        <translation>Se restauró la copia de seguridad del {chosen}. Los datos que sustituyó se guardan en {kept}.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>La restauración falló</translation>
    </message>
    <message>
        <source>{reason} Your data is unchanged.</source>
        <translation>{reason} Sus datos no han cambiado.</translation>
    </message>
    <message>
        <source>StudyApp could not restore the backup or open your data again:

{reason}

Your previous data is kept in the folder {folder}. Quit and start StudyApp again.</source>
        <translation>StudyApp no pudo restaurar la copia de seguridad ni volver a abrir sus datos:

{reason}

Sus datos anteriores se guardan en la carpeta {folder}. Salga y vuelva a iniciar StudyApp.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>in 1 minute</source>
        <translation>dentro de 1 minuto</translation>
    </message>
    <message>
        <source>in {count} minutes</source>
        <translation>dentro de {count} minutos</translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation>dentro de 1 hora</translation>
    </message>
    <message>
        <source>in {count} hours</source>
        <translation>dentro de {count} horas</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>dentro de 1 día</translation>
    </message>
    <message>
        <source>in {count} days</source>
        <translation>dentro de {count} días</translation>
    </message>
    <message>
        <source>Spaced review</source>
        <translation>Repaso espaciado</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to review now.&lt;/b&gt; Questions you miss on a Post-Test come back here, spaced out, until you know them.</source>
        <translation>&lt;b&gt;No hay nada que repasar ahora.&lt;/b&gt; Las preguntas que falle en una Prueba posterior vuelven aquí, espaciadas, hasta que las sepa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done for now:&lt;/b&gt; 1 question reviewed. It comes back when it is due.</source>
        <translation>&lt;b&gt;Terminado por ahora:&lt;/b&gt; 1 pregunta repasada. Volverá cuando le toque.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done for now:&lt;/b&gt; {count} questions reviewed. Each comes back when it is due.</source>
        <translation>&lt;b&gt;Terminado por ahora:&lt;/b&gt; {count} preguntas repasadas. Cada una volverá cuando le toque.</translation>
    </message>
    <message>
        <source>Question {number} of {count}, from &lt;i&gt;{activity_title}&lt;/i&gt;</source>
        <translation>Pregunta {number} de {count}, de &lt;i&gt;{activity_title}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:{problem_colour};&quot;&gt;Not yet.&lt;/b&gt; The answer is {keys}.</source>
        <translation>&lt;b style=&quot;color:{problem_colour};&quot;&gt;Todavía no.&lt;/b&gt; La respuesta es {keys}.</translation>
    </message>
    <message>
        <source>{verdict}{explanation}&lt;br/&gt;Next review {when} ({date}).</source>
        <translation>{verdict}{explanation}&lt;br/&gt;Próximo repaso {when} ({date}).</translation>
    </message>
</context>
<context>
    <name>StepRail</name>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>your next step</source>
        <translation>su siguiente paso</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>{label}: {state}</source>
        <translation>{label}: {state}</translation>
    </message>
    <message>
        <source>Step {n} of 6: {label}, {state}</source>
        <translation>Paso {n} de 6: {label}, {state}</translation>
    </message>
    <message>
        <source>{label} is locked. {why}</source>
        <translation>{label} está bloqueado. {why}</translation>
    </message>
    <message>
        <source>{label} is done.</source>
        <translation>{label} está hecho.</translation>
    </message>
    <message>
        <source>Next: {step}.</source>
        <translation>Siguiente: {step}.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Overview</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Pre-Test</source>
        <translation>Prueba previa</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Post-Test</source>
        <translation>Prueba posterior</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
</context>
<context>
    <name>TestTab</name>
    <message>
        <source>&amp;Submit Pre-Test</source>
        <translation>&amp;Enviar la Prueba previa</translation>
    </message>
    <message>
        <source>&amp;Submit Post-Test</source>
        <translation>&amp;Enviar la Prueba posterior</translation>
    </message>
    <message>
        <source>&lt;b&gt;The Pre-Test is locked.&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;La Prueba previa está bloqueada.&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The Post-Test is locked.&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;La Prueba posterior está bloqueada.&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>&amp;Retake Post-Test</source>
        <translation>&amp;Repetir la Prueba posterior</translation>
    </message>
    <message>
        <source>&amp;Undo last answer</source>
        <translation>&amp;Deshacer la última respuesta</translation>
    </message>
    <message>
        <source>Put back the answer before your last change (Ctrl+Z)</source>
        <translation>Recuperar la respuesta anterior a su último cambio (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Show only the questions I &amp;missed</source>
        <translation>Mostrar solo las preguntas que &amp;fallé</translation>
    </message>
    <message>
        <source>Answer every question in any order; each answer is saved as you give it. Your Pre-Test score is recorded but does not count against you.</source>
        <translation>Responda a todas las preguntas en cualquier orden; cada respuesta se guarda en el momento en que la da. Su puntuación en la Prueba previa se registra, pero no cuenta en su contra.</translation>
    </message>
    <message>
        <source>You have 1 attempt left.</source>
        <translation>Le queda 1 intento.</translation>
    </message>
    <message>
        <source>You have {count} attempts left.</source>
        <translation>Le quedan {count} intentos.</translation>
    </message>
    <message>
        <source>Post-Test, attempt {number}. You need {score}% to pass. Each answer is saved as you give it.</source>
        <translation>Prueba posterior, intento {number}. Necesita un {score}% para aprobar. Cada respuesta se guarda en el momento en que la da.</translation>
    </message>
    <message>
        <source>Show only the 1 question I &amp;missed</source>
        <translation>Mostrar solo la pregunta que &amp;fallé</translation>
    </message>
    <message>
        <source>Show only the {count} questions I &amp;missed</source>
        <translation>Mostrar solo las {count} preguntas que &amp;fallé</translation>
    </message>
    <message>
        <source>{percent}% ({correct} of {total} correct)</source>
        <translation>{percent}% ({correct} de {total} correctas)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pre-Test submitted: {summary}.&lt;/b&gt; This score does not affect your credit. The Post-Test is now unlocked; the Reading tab covers everything it asks.</source>
        <translation>&lt;b&gt;Prueba previa enviada: {summary}.&lt;/b&gt; Esta puntuación no afecta a su crédito. La Prueba posterior ya está desbloqueada; la pestaña Lectura cubre todo lo que pregunta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You passed the Post-Test with {summary}.&lt;/b&gt; Review the answers below, then complete the Evaluation to claim credit.</source>
        <translation>&lt;b&gt;Aprobó la Prueba posterior con {summary}.&lt;/b&gt; Revise las respuestas de abajo y después complete la Evaluación para solicitar el crédito.</translation>
    </message>
    <message>
        <source>Review the explanations below, then retake the Post-Test when ready.</source>
        <translation>Revise las explicaciones de abajo y repita la Prueba posterior cuando esté listo.</translation>
    </message>
    <message>
        <source>You have no attempts left.</source>
        <translation>No le quedan intentos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You scored {summary}. You need {score}% to pass.&lt;/b&gt; {tail}</source>
        <translation>&lt;b&gt;Obtuvo {summary}. Necesita un {score}% para aprobar.&lt;/b&gt; {tail}</translation>
    </message>
    <message>
        <source>Kept in memory: not yet saved to disk.</source>
        <translation>Guardada en memoria: aún no se ha guardado en el disco.</translation>
    </message>
    <message>
        <source>Not saved: the answer could not be written. Try again; if it keeps failing, see the log.</source>
        <translation>No se guardó: la respuesta no se pudo escribir. Vuelva a intentarlo; si sigue fallando, consulte el registro.</translation>
    </message>
    <message>
        <source>Question {n}: your earlier answer is back and saved.</source>
        <translation>Pregunta {n}: su respuesta anterior ha vuelto y está guardada.</translation>
    </message>
    <message>
        <source>Question {n}: unanswered again.</source>
        <translation>Pregunta {n}: otra vez sin responder.</translation>
    </message>
    <message>
        <source>All answers are now saved to disk.</source>
        <translation>Todas las respuestas ya están guardadas en el disco.</translation>
    </message>
    <message>
        <source>1 question is unanswered ({numbers}); unanswered questions score zero. Answer it, or click Submit anyway.</source>
        <translation>1 pregunta está sin responder ({numbers}); las preguntas sin responder puntúan cero. Respóndala, o pulse Enviar de todos modos.</translation>
    </message>
    <message>
        <source>{count} questions are unanswered ({numbers}); unanswered questions score zero. Answer them, or click Submit anyway.</source>
        <translation>{count} preguntas están sin responder ({numbers}); las preguntas sin responder puntúan cero. Respóndalas, o pulse Enviar de todos modos.</translation>
    </message>
    <message>
        <source>Submit &amp;anyway</source>
        <translation>Enviar de &amp;todos modos</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation>Descartar la notificación</translation>
    </message>
</context>
<context>
    <name>TranscriptActions</name>
    <message>
        <source>Printable transcript with the signed credential (*.pdf)</source>
        <translation>Expediente imprimible con la credencial firmada (*.pdf)</translation>
    </message>
    <message>
        <source>Signed transcript credential, CLR 2.0 (*.json)</source>
        <translation>Credencial del expediente firmada, CLR 2.0 (*.json)</translation>
    </message>
    <message>
        <source>Save CME transcript</source>
        <translation>Guardar el expediente de EMC</translation>
    </message>
    <message>
        <source>Making and signing the transcript…</source>
        <translation>Preparando y firmando el expediente…</translation>
    </message>
    <message>
        <source>The transcript could not be saved: {reason}</source>
        <translation>No se pudo guardar el expediente: {reason}</translation>
    </message>
    <message>
        <source>Transcript of 1 record saved to {target}.</source>
        <translation>Expediente de 1 registro guardado en {target}.</translation>
    </message>
    <message>
        <source>Transcript of {count} records saved to {target}.</source>
        <translation>Expediente de {count} registros guardado en {target}.</translation>
    </message>
</context>
<context>
    <name>Wallet</name>
    <message>
        <source>Every cycle</source>
        <translation>Cada ciclo</translation>
    </message>
    <message>
        <source>Once (any earlier date counts)</source>
        <translation>Una vez (cuenta cualquier fecha anterior)</translation>
    </message>
    <message>
        <source>First renewal only</source>
        <translation>Solo en la primera renovación</translation>
    </message>
    <message>
        <source>Outside certificate</source>
        <translation>Certificado externo</translation>
    </message>
    <message>
        <source>Imported record</source>
        <translation>Registro importado</translation>
    </message>
    <message>
        <source>Entered by you</source>
        <translation>Introducidos por usted</translation>
    </message>
    <message>
        <source>✓ Signature checks out</source>
        <translation>✓ La firma es válida</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Sin firma</translation>
    </message>
    <message>
        <source>Signature not checkable offline</source>
        <translation>Firma no comprobable sin conexión</translation>
    </message>
    <message>
        <source>ended 1 day ago</source>
        <translation>terminó hace 1 día</translation>
    </message>
    <message>
        <source>ended {days} days ago</source>
        <translation>terminó hace {days} días</translation>
    </message>
    <message>
        <source>ends today</source>
        <translation>termina hoy</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>queda 1 día</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>quedan {days} días</translation>
    </message>
    <message>
        <source>{missing} more credits (of {required})</source>
        <translation>{missing} créditos más (de {required})</translation>
    </message>
    <message>
        <source>{missing} more hours of {topic}</source>
        <translation>{missing} horas más de {topic}</translation>
    </message>
    <message>
        <source>Every requirement of this cycle is met.</source>
        <translation>Se cumplen todos los requisitos de este ciclo.</translation>
    </message>
    <message>
        <source>Still needed: {needs}.</source>
        <translation>Aún falta: {needs}.</translation>
    </message>
    <message>
        <source>requirements met</source>
        <translation>requisitos cumplidos</translation>
    </message>
    <message>
        <source>1 requirement unmet</source>
        <translation>1 requisito sin cumplir</translation>
    </message>
    <message>
        <source>{count} requirements unmet</source>
        <translation>{count} requisitos sin cumplir</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Periodicidad</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Necesario</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Obtenido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Counts toward</source>
        <translation>Cuenta para</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Credit type</source>
        <translation>Tipo de crédito</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>← &amp;Library</source>
        <translation>← &amp;Biblioteca</translation>
    </message>
    <message>
        <source>CME wallet</source>
        <translation>Cartera de EMC</translation>
    </message>
    <message>
        <source>Licences and certifications</source>
        <translation>Licencias y certificaciones</translation>
    </message>
    <message>
        <source>Add &amp;licence…</source>
        <translation>Añadir &amp;licencia…</translation>
    </message>
    <message>
        <source>Add &amp;board certification…</source>
        <translation>Añadir certificación de &amp;consejo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Start &amp;next cycle</source>
        <translation>Empezar el ciclo &amp;siguiente</translation>
    </message>
    <message>
        <source>Save &amp;audit pack…</source>
        <translation>Guardar el &amp;paquete de auditoría…</translation>
    </message>
    <message>
        <source>Add your licences and board certifications to see what each renewal still needs. Credit from StudyApp counts by itself; add credit from elsewhere under All credit.</source>
        <translation>Añada sus licencias y certificaciones para ver lo que aún necesita cada renovación. El crédito de StudyApp cuenta por sí solo; añada el crédito obtenido en otros lugares en Todo el crédito.</translation>
    </message>
    <message>
        <source>Credits toward the total</source>
        <translation>Créditos para el total</translation>
    </message>
    <message>
        <source>Topic requirements of this cycle</source>
        <translation>Requisitos de temas de este ciclo</translation>
    </message>
    <message>
        <source>Credits that count toward this cycle</source>
        <translation>Créditos que cuentan para este ciclo</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Temas:</translation>
    </message>
    <message>
        <source>Credits that count toward this cycle:</source>
        <translation>Créditos que cuentan para este ciclo:</translation>
    </message>
    <message>
        <source>All credit</source>
        <translation>Todo el crédito</translation>
    </message>
    <message>
        <source>Add outside &amp;certificate…</source>
        <translation>Añadir certificado e&amp;xterno…</translation>
    </message>
    <message>
        <source>&amp;Import signed record…</source>
        <translation>&amp;Importar un registro firmado…</translation>
    </message>
    <message>
        <source>Edi&amp;t credit…</source>
        <translation>Edi&amp;tar crédito…</translation>
    </message>
    <message>
        <source>Remove c&amp;redit…</source>
        <translation>Quitar c&amp;rédito…</translation>
    </message>
    <message>
        <source>&amp;Save certificate file…</source>
        <translation>&amp;Guardar el archivo del certificado…</translation>
    </message>
    <message>
        <source>Licences and certificati&amp;ons</source>
        <translation>Licencias y certificaci&amp;ones</translation>
    </message>
    <message>
        <source>Credit from StudyApp is listed as it is claimed. Sample credit never counts toward a licence.</source>
        <translation>El crédito de StudyApp aparece tal como se obtuvo. El crédito de muestra nunca cuenta para una licencia.</translation>
    </message>
    <message>
        <source>All cre&amp;dit</source>
        <translation>Todo el cré&amp;dito</translation>
    </message>
    <message>
        <source>The wallet could not be read: {error}</source>
        <translation>No se pudo leer la cartera: {error}</translation>
    </message>
    <message>
        <source>Cycle {start} to {end}: &lt;b&gt;{left}&lt;/b&gt;.</source>
        <translation>Ciclo del {start} al {end}: &lt;b&gt;{left}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Requirements: {source}</source>
        <translation>Requisitos: {source}</translation>
    </message>
    <message>
        <source>{earned} of {total} credits</source>
        <translation>{earned} de {total} créditos</translation>
    </message>
    <message>
        <source>Not due this cycle</source>
        <translation>No corresponde en este ciclo</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Cumplido</translation>
    </message>
    <message>
        <source>{hours} h missing</source>
        <translation>faltan {hours} h</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source> (sample, never counts)</source>
        <translation> (muestra, nunca cuenta)</translation>
    </message>
</context>
<context>
    <name>WalletActions</name>
    <message>
        <source>Removed {name} from your wallet. Your credit is not affected.</source>
        <translation>Se quitó {name} de su cartera. Su crédito no se ve afectado.</translation>
    </message>
    <message>
        <source>Remove from wallet</source>
        <translation>Quitar de la cartera</translation>
    </message>
    <message>
        <source>Remove {name} and its requirements from your wallet? Your credit and certificates stay; only this licence&apos;s record of its rules goes.</source>
        <translation>¿Quitar {name} y sus requisitos de su cartera? Su crédito y sus certificados se quedan; solo se va el registro de las reglas de esta licencia.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>{name}: the cycle from {start} to {end} has started.</source>
        <translation>{name}: ha empezado el ciclo del {start} al {end}.</translation>
    </message>
    <message>
        <source>Start the next cycle</source>
        <translation>Empezar el siguiente ciclo</translation>
    </message>
    <message>
        <source>Start the next cycle of {name}, from {start} to {end}? Save an audit pack of the current cycle first if you may need it; its credit stays in your history either way.</source>
        <translation>¿Empezar el siguiente ciclo de {name}, del {start} al {end}? Si puede necesitarlo, guarde antes un paquete de auditoría del ciclo actual; su crédito se queda en su historial en cualquier caso.</translation>
    </message>
    <message>
        <source>&amp;Start next cycle</source>
        <translation>&amp;Empezar el siguiente ciclo</translation>
    </message>
    <message>
        <source>Save audit pack</source>
        <translation>Guardar paquete de auditoría</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archivo zip (*.zip)</translation>
    </message>
    <message>
        <source>Making the audit pack…</source>
        <translation>Preparando el paquete de auditoría…</translation>
    </message>
    <message>
        <source>The audit pack could not be saved</source>
        <translation>No se pudo guardar el paquete de auditoría</translation>
    </message>
    <message>
        <source>Audit pack saved to {target} ({count} files).</source>
        <translation>Paquete de auditoría guardado en {target} ({count} archivos).</translation>
    </message>
    <message>
        <source>Import a signed completion record</source>
        <translation>Importar un registro de finalización firmado</translation>
    </message>
    <message>
        <source>Completion records (*.json *.pdf);;All files (*)</source>
        <translation>Registros de finalización (*.json *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Comprobando {name}…</translation>
    </message>
    <message>
        <source>{name} could not be imported</source>
        <translation>{name} no se pudo importar</translation>
    </message>
    <message>
        <source>Credit from StudyApp is kept as it was claimed and cannot be edited; it is listed in your CME history.</source>
        <translation>El crédito de StudyApp se guarda tal como se obtuvo y no se puede editar; aparece en su historial de EMC.</translation>
    </message>
    <message>
        <source>Removed “{title}” from your wallet.</source>
        <translation>Se quitó «{title}» de su cartera.</translation>
    </message>
    <message>
        <source>Remove credit</source>
        <translation>Quitar el crédito</translation>
    </message>
    <message>
        <source>Remove “{title}” and the file kept with it from your wallet? It will no longer count toward any licence.</source>
        <translation>¿Quitar «{title}» y el archivo guardado con él de su cartera? Dejará de contar para cualquier licencia.</translation>
    </message>
    <message>
        <source>No certificate file is kept with this credit.</source>
        <translation>No hay ningún archivo de certificado guardado con este crédito.</translation>
    </message>
    <message>
        <source>Save certificate file</source>
        <translation>Guardar el archivo del certificado</translation>
    </message>
    <message>
        <source>{suffix} file (*)</source>
        <translation>Archivo {suffix} (*)</translation>
    </message>
    <message>
        <source>Certificate saved to {path}.</source>
        <translation>Certificado guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>WalletText</name>
    <message>
        <source>The cycle of your {name} ended on {end} with requirements unmet ({needed}). Check with your board, then start the next cycle in the wallet.</source>
        <translation>El ciclo de su {name} terminó el {end} con requisitos sin cumplir ({needed}). Consulte con su consejo y después empiece el siguiente ciclo en la cartera.</translation>
    </message>
    <message>
        <source>Your {name} renews on {end} ({days_left}) and still needs {needed}. Open View &gt; CME wallet to see what counts.</source>
        <translation>Su {name} se renueva el {end} ({days_left}) y aún necesita {needed}. Abra Ver &gt; Cartera de EMC para ver lo que cuenta.</translation>
    </message>
</context>
</TS>
