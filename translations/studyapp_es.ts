<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>EvaluationTab</name>
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
</TS>
