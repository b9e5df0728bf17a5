<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>%1 requests, %2 retries, %3 rate-limited</source>
        <translation>%1 Anfragen, %2 Wiederholungen, %3 durch Ratenlimit gebremst</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>unpaid break / meal</source>
        <translation>unbezahlte Pause / Mittagspause</translation>
    </message>
    <message>
        <source>paid break</source>
        <translation>bezahlte Pause</translation>
    </message>
    <message>
        <source>hard violation</source>
        <translation>harte Verletzung</translation>
    </message>
    <message>
        <source>soft violation</source>
        <translation>weiche Verletzung</translation>
    </message>
    <message>
        <source>request granted</source>
        <translation>Wunsch erfüllt</translation>
    </message>
    <message>
        <source>request denied</source>
        <translation>Wunsch abgelehnt</translation>
    </message>
    <message>
        <source>any skill</source>
        <translation>beliebiger Skill</translation>
    </message>
    <message>
        <source>; unpaid break %1–%2</source>
        <translation>; unbezahlte Pause %1–%2</translation>
    </message>
    <message>
        <source>; paid break %1–%2</source>
        <translation>; bezahlte Pause %1–%2</translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message numerus="yes">
        <source>Delete %n shift(s)</source>
        <translation>
            <numerusform>%n Schicht löschen</numerusform>
            <numerusform>%n Schichten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n work plan(s)</source>
        <translation>
            <numerusform>%n Arbeitsplan löschen</numerusform>
            <numerusform>%n Arbeitspläne löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1 of agent %2</source>
        <translation>%1 von Agent %2 bearbeiten</translation>
    </message>
    <message>
        <source>Edit work plan %1</source>
        <translation>Arbeitsplan %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit break rule of %1</source>
        <translation>Pausenregel von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add break rule to %1</source>
        <translation>Pausenregel zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate break rule of %1</source>
        <translation>Pausenregel von %1 duplizieren</translation>
    </message>
    <message>
        <source>Delete break rule of %1</source>
        <translation>Pausenregel von %1 löschen</translation>
    </message>
</context>
<context>
    <name>WorkPlans</name>
    <message>
        <source>Work plan</source>
        <translation>Arbeitsplan</translation>
    </message>
    <message>
        <source>Template id (unique)</source>
        <translation>Vorlagen-ID (eindeutig)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Weekdays shifts may start on: Mon-Fri, Sat, Sun; empty = every day</source>
        <translation>Wochentage, an denen Schichten beginnen dürfen: Mon-Fri, Sat, Sun; leer = jeden Tag</translation>
    </message>
    <message>
        <source>Earliest start</source>
        <translation>Frühester Beginn</translation>
    </message>
    <message>
        <source>First start, local wall-clock time</source>
        <translation>Erster Beginn, lokale Uhrzeit</translation>
    </message>
    <message>
        <source>Latest start</source>
        <translation>Spätester Beginn</translation>
    </message>
    <message>
        <source>Last start, local wall-clock time</source>
        <translation>Letzter Beginn, lokale Uhrzeit</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Minutes between start times (a multiple of the interval)</source>
        <translation>Minuten zwischen den Beginnzeiten (ein Vielfaches des Intervalls)</translation>
    </message>
    <message>
        <source>Lengths</source>
        <translation>Längen</translation>
    </message>
    <message>
        <source>Shift lengths, h:mm or hours, separated by commas</source>
        <translation>Schichtlängen, h:mm oder Stunden, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>The break rules (edit them below)</source>
        <translation>Die Pausenregeln (unten bearbeiten)</translation>
    </message>
    <message>
        <source>Cost / paid h</source>
        <translation>Kosten / bez. h</translation>
    </message>
    <message>
        <source>Cost per paid hour (worked time plus paid breaks)</source>
        <translation>Kosten je bezahlter Stunde (Arbeitszeit plus bezahlte Pausen)</translation>
    </message>
    <message>
        <source>Evening +</source>
        <translation>Abend +</translation>
    </message>
    <message>
        <source>Premium on the share of the shift in the evening window, %</source>
        <translation>Zuschlag auf den Schichtanteil im Abendfenster, %</translation>
    </message>
    <message>
        <source>Evening window</source>
        <translation>Abendfenster</translation>
    </message>
    <message>
        <source>HH:mm-HH:mm; wraps past midnight when from &gt; to</source>
        <translation>HH:mm-HH:mm; geht über Mitternacht, wenn von &gt; bis</translation>
    </message>
    <message>
        <source>Weekend +</source>
        <translation>Wochenende +</translation>
    </message>
    <message>
        <source>Premium on the share of the shift on weekend days, %</source>
        <translation>Zuschlag auf den Schichtanteil an Wochenendtagen, %</translation>
    </message>
    <message>
        <source>Weekend days</source>
        <translation>Wochenendtage</translation>
    </message>
    <message>
        <source>Days paid the weekend premium</source>
        <translation>Tage mit Wochenendzuschlag</translation>
    </message>
    <message>
        <source>Max / day</source>
        <translation>Max. / Tag</translation>
    </message>
    <message>
        <source>Most shifts of this plan starting on one day; empty = unlimited</source>
        <translation>Höchstzahl Schichten dieses Plans, die an einem Tag beginnen; leer = unbegrenzt</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Agent groups that may work it; empty = every group</source>
        <translation>Agentengruppen, die ihn arbeiten dürfen; leer = jede Gruppe</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Shift variants this plan generates on the project&apos;s horizon</source>
        <translation>Schichtvarianten, die dieser Plan im Planungszeitraum des Projekts erzeugt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Minutes (a multiple of the interval)</source>
        <translation>Minuten (ein Vielfaches des Intervalls)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Paid breaks are off the phone but count as paid time</source>
        <translation>Bezahlte Pausen sind nicht am Telefon, zählen aber als bezahlte Zeit</translation>
    </message>
    <message>
        <source>h:mm after the shift start</source>
        <translation>h:mm nach Schichtbeginn</translation>
    </message>
    <message>
        <source>Min gap</source>
        <translation>Min. Abstand</translation>
    </message>
    <message>
        <source>Least minutes between the previous break&apos;s end and this start</source>
        <translation>Mindestminuten zwischen dem Ende der vorigen Pause und diesem Beginn</translation>
    </message>
    <message>
        <source>Min shift</source>
        <translation>Min. Schicht</translation>
    </message>
    <message>
        <source>The rule applies to shifts at least this long (h:mm)</source>
        <translation>Die Regel gilt für Schichten ab dieser Länge (h:mm)</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>The plan&apos;s shift lengths that take this break</source>
        <translation>Die Schichtlängen des Plans, die diese Pause erhalten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workforce planning for contact centers</source>
        <translation>Personaleinsatzplanung für Contact Center</translation>
    </message>
    <message>
        <source>A .tessera project or PROBLEM.json (default: the bundled sample)</source>
        <translation>Ein .tessera-Projekt oder PROBLEM.json (Standard: das mitgelieferte Beispiel)</translation>
    </message>
    <message>
        <source>Solve, show the coverage, save a PNG of the window and quit</source>
        <translation>Lösen, die Abdeckung zeigen, ein PNG des Fensters speichern und beenden</translation>
    </message>
    <message>
        <source>With --screenshot: the interval to select in the forecast table</source>
        <translation>Mit --screenshot: das in der Prognosetabelle auszuwählende Intervall</translation>
    </message>
    <message>
        <source>With --screenshot: the tab to show (forecast, catalog, constraints, coverage, roster, workplans, team)</source>
        <translation>Mit --screenshot: der anzuzeigende Reiter (forecast, catalog, constraints, coverage, roster, workplans, team)</translation>
    </message>
</context>
<context>
    <name>tessera</name>
    <message>
        <source>needs a value</source>
        <translation>braucht einen Wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a non-negative number</source>
        <translation>&apos;%1&apos; ist keine nicht-negative Zahl</translation>
    </message>
    <message>
        <source>is required for &apos;%1&apos;</source>
        <translation>ist für &apos;%1&apos; erforderlich</translation>
    </message>
    <message>
        <source>solve needs exactly one INPUT (PROBLEM.json, PROJECT.tessera or &apos;sample&apos;)</source>
        <translation>solve braucht genau eine EINGABE (PROBLEM.json, PROJECT.tessera oder &apos;sample&apos;)</translation>
    </message>
    <message>
        <source>import-calls needs one RECORDS file</source>
        <translation>import-calls braucht eine RECORDS-Datei</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>Datum JJJJ-MM-TT erwartet</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation>unbekannte Zeitzone</translation>
    </message>
    <message>
        <source>import-forecast needs one CSV file</source>
        <translation>import-forecast braucht eine CSV-Datei</translation>
    </message>
    <message>
        <source>%1 needs one INPUT</source>
        <translation>%1 braucht eine EINGABE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in YYMMDD form</source>
        <translation>&apos;%1&apos; ist kein Datum im Format JJMMTT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date</source>
        <translation>&apos;%1&apos; ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time H:MM:SS</source>
        <translation>&apos;%1&apos; ist keine Uhrzeit H:MM:SS</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>interval length %1 min does not divide a day</source>
        <translation>Intervalllänge %1 min teilt den Tag nicht</translation>
    </message>
    <message>
        <source>the window must be at least one day</source>
        <translation>das Fenster muss mindestens einen Tag umfassen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not AGENT, HANG or PHANTOM</source>
        <translation>&apos;%1&apos; ist nicht AGENT, HANG oder PHANTOM</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 ist negativ</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>the file is empty: a header row is required</source>
        <translation>die Datei ist leer: eine Kopfzeile ist erforderlich</translation>
    </message>
    <message>
        <source>no data rows</source>
        <translation>keine Datenzeilen</translation>
    </message>
    <message>
        <source>%1 is negative; offered contacts must be &gt;= 0</source>
        <translation>%1 ist negativ; angebotene Kontakte müssen &gt;= 0 sein</translation>
    </message>
    <message>
        <source>%1 s with %2 offered; AHT must be &gt; 0</source>
        <translation>%1 s bei %2 angebotenen; AHT muss &gt; 0 sein</translation>
    </message>
    <message>
        <source>interval %1 already appears on row %2</source>
        <translation>Intervall %1 steht schon in Zeile %2</translation>
    </message>
    <message>
        <source>the interval length %1 min (from the spacing of the starts) does not divide a day</source>
        <translation>die Intervalllänge %1 min (aus dem Abstand der Beginnzeiten) teilt den Tag nicht</translation>
    </message>
    <message>
        <source>%1 is not on the %2-minute grid that starts at %3</source>
        <translation>%1 liegt nicht auf dem %2-Minuten-Raster ab %3</translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) had no row and were filled with 0 offered (first: %1)</source>
        <translation>
            <numerusform>%n Intervall hatte keine Zeile und wurde mit 0 angebotenen Kontakten gefüllt (erstes: %1)</numerusform>
            <numerusform>%n Intervalle hatten keine Zeile und wurden mit 0 angebotenen Kontakten gefüllt (erstes: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IANA time zone</source>
        <translation>&apos;%1&apos; ist keine IANA-Zeitzone</translation>
    </message>
    <message>
        <source>%1 does not divide a day</source>
        <translation>%1 teilt den Tag nicht</translation>
    </message>
    <message>
        <source>expected a number &gt;= 0</source>
        <translation>Zahl &gt;= 0 erwartet</translation>
    </message>
    <message>
        <source>AHT must be &gt; 0 when contacts are offered</source>
        <translation>AHT muss &gt; 0 sein, wenn Kontakte angeboten werden</translation>
    </message>
    <message>
        <source>has %1 intervals but &apos;forecast&apos; has %2</source>
        <translation>hat %1 Intervalle, &apos;forecast&apos; aber %2</translation>
    </message>
    <message>
        <source>%1 is outside (0, 1)</source>
        <translation>%1 liegt außerhalb von (0, 1)</translation>
    </message>
    <message>
        <source>must be &gt;= 0</source>
        <translation>muss &gt;= 0 sein</translation>
    </message>
    <message>
        <source>%1 is outside [0, 1)</source>
        <translation>%1 liegt außerhalb von [0, 1)</translation>
    </message>
    <message>
        <source>%1 is outside (0, 1]</source>
        <translation>%1 liegt außerhalb von (0, 1]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not &quot;hard&quot; or &quot;soft&quot;</source>
        <translation>&apos;%1&apos; ist nicht &quot;hard&quot; oder &quot;soft&quot;</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>missing from the project file</source>
        <translation>fehlt in der Projektdatei</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone</source>
        <translation>&apos;%1&apos; ist keine bekannte Zeitzone</translation>
    </message>
    <message>
        <source>interval %1 is missing</source>
        <translation>Intervall %1 fehlt</translation>
    </message>
    <message>
        <source>break refers to a missing shift %1</source>
        <translation>Pause verweist auf eine fehlende Schicht %1</translation>
    </message>
    <message>
        <source>Anonymous Bank, week of 7 Feb 1999 (sample)</source>
        <translation>Anonymous Bank, Woche vom 7. Feb. 1999 (Beispiel)</translation>
    </message>
    <message>
        <source>cannot be written as MPS</source>
        <translation>kann nicht als MPS geschrieben werden</translation>
    </message>
    <message>
        <source>interval %1</source>
        <translation>Intervall %1</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiteres</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown solve status &apos;%1&apos;</source>
        <translation>unbekannter Lösungsstatus &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>No shift in the catalog works %n interval(s) that need staff (%1). Add or extend a shift that covers them, or switch coverage to soft.</source>
        <translation>
            <numerusform>Keine Schicht im Katalog arbeitet in %n Intervall mit Personalbedarf (%1). Fügen Sie eine Schicht hinzu, die es abdeckt, verlängern Sie eine, oder stellen Sie die Abdeckung auf weich.</numerusform>
            <numerusform>Keine Schicht im Katalog arbeitet in %n Intervallen mit Personalbedarf (%1). Fügen Sie eine Schicht hinzu, die sie abdeckt, verlängern Sie eine, oder stellen Sie die Abdeckung auf weich.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 required by the staffing floor</source>
        <translation>%1 gefordert durch die Mindestbesetzung</translation>
    </message>
    <message>
        <source>%1 required</source>
        <translation>%1 gefordert</translation>
    </message>
    <message numerus="yes">
        <source>The max counts of the shifts that work %n interval(s) (%1) allow fewer agents than needed (e.g. %2 allowed, %3). Raise max on those shifts, add shifts%4.</source>
        <translation>
            <numerusform>Die Höchstzahlen der Schichten, die in %n Intervall arbeiten (%1), erlauben weniger Agenten als nötig (z. B. %2 erlaubt, %3). Erhöhen Sie das Maximum dieser Schichten, fügen Sie Schichten hinzu%4.</numerusform>
            <numerusform>Die Höchstzahlen der Schichten, die in %n Intervallen arbeiten (%1), erlauben weniger Agenten als nötig (z. B. %2 erlaubt, %3). Erhöhen Sie das Maximum dieser Schichten, fügen Sie Schichten hinzu%4.</numerusform>
        </translation>
    </message>
    <message>
        <source> or lower the floor</source>
        <translation> oder senken Sie die Mindestbesetzung</translation>
    </message>
    <message>
        <source> Coverage needs a max headcount of at least %1.</source>
        <translation> Die Abdeckung braucht eine maximale Kopfzahl von mindestens %1.</translation>
    </message>
    <message>
        <source>Max headcount %1 per day is too low to cover %2.%3 Raise it, or use soft coverage.</source>
        <translation>Die maximale Kopfzahl %1 pro Tag ist zu niedrig, um %2 abzudecken.%3 Erhöhen Sie sie oder verwenden Sie weiche Abdeckung.</translation>
    </message>
    <message>
        <source>Max part-time share %1 % leaves %2 uncovered: only part-time shifts can staff them within the other limits. Raise the share or add full-time shifts there.</source>
        <translation>Der maximale Teilzeitanteil %1 % lässt %2 unbesetzt: nur Teilzeitschichten können dort im Rahmen der übrigen Grenzen besetzen. Erhöhen Sie den Anteil oder fügen Sie dort Vollzeitschichten hinzu.</translation>
    </message>
    <message>
        <source>The staffing floor of %1 agents cannot be met in %2 within the other limits. Lower the floor.</source>
        <translation>Die Mindestbesetzung von %1 Agenten ist in %2 im Rahmen der übrigen Grenzen nicht erreichbar. Senken Sie die Mindestbesetzung.</translation>
    </message>
    <message>
        <source>Shift max counts, together with the other limits, leave %1 uncovered. Raise max on the shifts that work them.</source>
        <translation>Die Höchstzahlen der Schichten lassen zusammen mit den übrigen Grenzen %1 unbesetzt. Erhöhen Sie das Maximum der Schichten, die dort arbeiten.</translation>
    </message>
    <message>
        <source>No single limit explains it: the side constraints together leave %1 uncovered. Relax several of them, or use soft coverage to see the shortfall priced.</source>
        <translation>Keine einzelne Grenze erklärt es: die Nebenbedingungen zusammen lassen %1 unbesetzt. Lockern Sie mehrere davon oder verwenden Sie weiche Abdeckung, um die Unterdeckung bepreist zu sehen.</translation>
    </message>
    <message>
        <source>missing column (the header has: %1)</source>
        <translation>Spalte fehlt (die Kopfzeile hat: %1)</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>empty; a number is required</source>
        <translation>leer; eine Zahl ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>missing; a number is required</source>
        <translation>fehlt; eine Zahl ist erforderlich</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>missing; an integer is required</source>
        <translation>fehlt; eine ganze Zahl ist erforderlich</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>missing; a string is required</source>
        <translation>fehlt; eine Zeichenkette ist erforderlich</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>database error: %1 (in: %2)</source>
        <translation>Datenbankfehler: %1 (in: %2)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>is not a Tessera project (not an SQLite database)</source>
        <translation>ist kein Tessera-Projekt (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>no temporary folder to open it in</source>
        <translation>kein temporärer Ordner zum Öffnen vorhanden</translation>
    </message>
    <message>
        <source>cannot be copied for reading</source>
        <translation>kann nicht zum Lesen kopiert werden</translation>
    </message>
    <message>
        <source>is not a Tessera project (unknown application id)</source>
        <translation>ist kein Tessera-Projekt (unbekannte Application-ID)</translation>
    </message>
    <message>
        <source>is not a Tessera project or is damaged</source>
        <translation>ist kein Tessera-Projekt oder ist beschädigt</translation>
    </message>
    <message>
        <source>was written by a newer Tessera (schema %1; this version reads up to %2)</source>
        <translation>wurde von einem neueren Tessera geschrieben (Schema %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>has no Tessera schema</source>
        <translation>hat kein Tessera-Schema</translation>
    </message>
    <message>
        <source>is damaged: %1</source>
        <translation>ist beschädigt: %1</translation>
    </message>
    <message>
        <source>is inconsistent: %1</source>
        <translation>ist inkonsistent: %1</translation>
    </message>
    <message>
        <source>cannot be written (rename failed: %1)</source>
        <translation>kann nicht geschrieben werden (Umbenennen fehlgeschlagen: %1)</translation>
    </message>
    <message>
        <source>%1 does not divide a day into whole intervals</source>
        <translation>%1 teilt den Tag nicht in ganze Intervalle</translation>
    </message>
    <message>
        <source>a shift needs an id</source>
        <translation>eine Schicht braucht eine ID</translation>
    </message>
    <message>
        <source>shift id &apos;%1&apos; is used twice</source>
        <translation>Schicht-ID &apos;%1&apos; wird doppelt verwendet</translation>
    </message>
    <message>
        <source>shift &apos;%1&apos; [%2, %3) is empty or starts outside the horizon of %4 intervals</source>
        <translation>Schicht &apos;%1&apos; [%2, %3) ist leer oder beginnt außerhalb des Planungszeitraums von %4 Intervallen</translation>
    </message>
    <message>
        <source>shift &apos;%1&apos; ends at %2, past the horizon of %3 intervals (set cyclic to wrap)</source>
        <translation>Schicht &apos;%1&apos; endet bei %2, nach dem Planungszeitraum von %3 Intervallen (cyclic setzen, um umzubrechen)</translation>
    </message>
    <message>
        <source>shift &apos;%1&apos; is longer than the horizon</source>
        <translation>Schicht &apos;%1&apos; ist länger als der Planungszeitraum</translation>
    </message>
    <message>
        <source>break [%1, %2) lies outside shift &apos;%3&apos; [%4, %5)</source>
        <translation>Pause [%1, %2) liegt außerhalb von Schicht &apos;%3&apos; [%4, %5)</translation>
    </message>
    <message>
        <source>%1 is outside [0, 1]</source>
        <translation>%1 liegt außerhalb von [0, 1]</translation>
    </message>
    <message>
        <source>penalties must be &gt;= 0</source>
        <translation>Strafkosten müssen &gt;= 0 sein</translation>
    </message>
    <message>
        <source>interval length must be positive</source>
        <translation>die Intervalllänge muss positiv sein</translation>
    </message>
    <message>
        <source>AHT %1 s with %2 offered contacts; AHT must be &gt; 0</source>
        <translation>AHT %1 s bei %2 angebotenen Kontakten; AHT muss &gt; 0 sein</translation>
    </message>
    <message>
        <source>traffic %1 Erlangs is not a non-negative number</source>
        <translation>Verkehrslast %1 Erlang ist keine nicht-negative Zahl</translation>
    </message>
    <message>
        <source>AHT %1 s with %2 Erlangs of traffic; AHT must be &gt; 0</source>
        <translation>AHT %1 s bei %2 Erlang Verkehrslast; AHT muss &gt; 0 sein</translation>
    </message>
    <message>
        <source>negative interval count %1</source>
        <translation>negative Intervallanzahl %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date-time (expected yyyy-MM-dd HH:mm)</source>
        <translation>&apos;%1&apos; ist kein Zeitpunkt (erwartet: yyyy-MM-dd HH:mm)</translation>
    </message>
    <message>
        <source>%1 does not exist in time zone %2 (clocks jump forward: daylight-saving gap)</source>
        <translation>%1 existiert in der Zeitzone %2 nicht (Uhrzeit springt vor: Sommerzeitlücke)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation>Feld &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown option for &apos;%1&apos;</source>
        <translation>unbekannte Option für &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not erlangC or erlangA</source>
        <translation>&apos;%1&apos; ist nicht erlangC oder erlangA</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not offered or answered</source>
        <translation>&apos;%1&apos; ist nicht offered oder answered</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not voice, chat or email</source>
        <translation>&apos;%1&apos; ist nicht voice, chat oder email</translation>
    </message>
    <message>
        <source>staffing needs one INPUT (forecast CSV, PROBLEM.json, .tessera or &apos;sample&apos;)</source>
        <translation>staffing braucht eine EINGABE (Prognose-CSV, PROBLEM.json, .tessera oder &apos;sample&apos;)</translation>
    </message>
    <message>
        <source>the input has demand but no forecast to staff</source>
        <translation>die Eingabe hat einen Bedarf, aber keine Prognose zur Personalbedarfsrechnung</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number &gt;= 1</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl &gt;= 1</translation>
    </message>
    <message>
        <source>unknown option for &apos;forecast&apos;</source>
        <translation>unbekannte Option für &apos;forecast&apos;</translation>
    </message>
    <message>
        <source>forecast needs one HISTORY.csv</source>
        <translation>forecast braucht eine HISTORY.csv</translation>
    </message>
    <message>
        <source>is required for &apos;forecast&apos;</source>
        <translation>ist für &apos;forecast&apos; erforderlich</translation>
    </message>
    <message>
        <source>does not apply to a back-test (--holdout-weeks)</source>
        <translation>gilt nicht für einen Backtest (--holdout-weeks)</translation>
    </message>
    <message>
        <source>%1 intervals of %2 min are not whole weeks (%3 intervals each); the history must cover whole weeks</source>
        <translation>%1 Intervalle à %2 min sind keine ganzen Wochen (je %3 Intervalle); die Historie muss ganze Wochen umfassen</translation>
    </message>
    <message>
        <source>holding back %1 leaves no history (the file has %2)</source>
        <translation>das Zurückhalten von %1 lässt keine Historie übrig (die Datei hat %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 s leaves %n interval(s) with calls at AHT 0 s (first %2, forecast AHT %3 s); an interval with calls needs AHT &gt; 0: use a smaller reduction</source>
        <translation>
            <numerusform>%1 s lässt %n Intervall mit Anrufen bei AHT 0 s (erstes %2, Prognose-AHT %3 s); ein Intervall mit Anrufen braucht AHT &gt; 0: kleinere Reduktion verwenden</numerusform>
            <numerusform>%1 s lässt %n Intervalle mit Anrufen bei AHT 0 s (erstes %2, Prognose-AHT %3 s); ein Intervall mit Anrufen braucht AHT &gt; 0: kleinere Reduktion verwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>patience needs one RECORDS file</source>
        <translation>patience braucht eine RECORDS-Datei</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days &gt;= 1</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl von Tagen &gt;= 1</translation>
    </message>
    <message>
        <source>the seasonal naive method</source>
        <translation>die saisonal naive Methode</translation>
    </message>
    <message>
        <source>the moving average</source>
        <translation>der gleitende Durchschnitt</translation>
    </message>
    <message>
        <source>Holt-Winters</source>
        <translation>Holt-Winters</translation>
    </message>
    <message>
        <source>%1 intervals; at least 1</source>
        <translation>%1 Intervalle; mindestens 1</translation>
    </message>
    <message>
        <source>%1 weeks; at least 1</source>
        <translation>%1 Wochen; mindestens 1</translation>
    </message>
    <message>
        <source>%1 intervals are not a whole number of seasons of %2 intervals</source>
        <translation>%1 Intervalle sind keine ganze Zahl von Saisons à %2 Intervallen</translation>
    </message>
    <message>
        <source>%1 needs at least %2 seasons (%3 intervals); the history has %4</source>
        <translation>%1 braucht mindestens %2 Saisons (%3 Intervalle); die Historie hat %4</translation>
    </message>
    <message>
        <source>%1 is not a finite volume &gt;= 0</source>
        <translation>%1 ist kein endliches Volumen &gt;= 0</translation>
    </message>
    <message>
        <source>%1 is not a finite AHT &gt;= 0</source>
        <translation>%1 ist keine endliche AHT &gt;= 0</translation>
    </message>
    <message>
        <source>%1 min does not divide a day</source>
        <translation>%1 min teilt den Tag nicht</translation>
    </message>
    <message>
        <source>%1 intervals; at least 0</source>
        <translation>%1 Intervalle; mindestens 0</translation>
    </message>
    <message>
        <source>%1 intervals held back from a series of %2; need 1 to %3</source>
        <translation>%1 Intervalle aus einer Reihe von %2 zurückgehalten; nötig sind 1 bis %3</translation>
    </message>
    <message>
        <source>holding back %1 leaves %2 intervals, not a whole number of seasons of %3</source>
        <translation>das Zurückhalten von %1 lässt %2 Intervalle übrig, keine ganze Zahl von Saisons à %3</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of naive, ma, hw</source>
        <translation>&apos;%1&apos; ist keines von naive, ma, hw</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not field=column</source>
        <translation>&apos;%1&apos; ist nicht feld=spalte</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (interval_start, offered, aht_seconds, queue, observed_busy, abandoned)</source>
        <translation>unbekanntes Feld &apos;%1&apos; (interval_start, offered, aht_seconds, queue, observed_busy, abandoned)</translation>
    </message>
    <message>
        <source>abandoned counts were dropped: the target grid splits source intervals</source>
        <translation>Abbrecherzahlen wurden verworfen: das Zielraster teilt Quellintervalle</translation>
    </message>
    <message>
        <source>needs 7 values, Sunday first; found %1</source>
        <translation>braucht 7 Werte, Sonntag zuerst; %1 gefunden</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>has %1 values for %2 intervals</source>
        <translation>hat %1 Werte für %2 Intervalle</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not &quot;offered&quot; or &quot;answered&quot;</source>
        <translation>&apos;%1&apos; ist nicht &quot;offered&quot; oder &quot;answered&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not &quot;erlangC&quot; or &quot;erlangA&quot;</source>
        <translation>&apos;%1&apos; ist nicht &quot;erlangC&quot; oder &quot;erlangA&quot;</translation>
    </message>
    <message>
        <source>Erlang A needs a mean patience &gt; 0 s</source>
        <translation>Erlang A braucht eine mittlere Geduld &gt; 0 s</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not &quot;voice&quot;, &quot;chat&quot; or &quot;email&quot;</source>
        <translation>&apos;%1&apos; ist nicht &quot;voice&quot;, &quot;chat&quot; oder &quot;email&quot;</translation>
    </message>
    <message>
        <source>%1 chats per agent; at least 1</source>
        <translation>%1 Chats pro Agent; mindestens 1</translation>
    </message>
    <message>
        <source>an email queue needs a response deadline &gt; 0</source>
        <translation>eine E-Mail-Queue braucht eine Antwortfrist &gt; 0</translation>
    </message>
    <message>
        <source>no forecast entry belongs to queue &apos;%1&apos;</source>
        <translation>kein Prognoseeintrag gehört zur Queue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>queue &apos;%1&apos; already has interval %2</source>
        <translation>Queue &apos;%1&apos; hat Intervall %2 bereits</translation>
    </message>
    <message>
        <source>queue &apos;%1&apos; has no entry for interval %2</source>
        <translation>Queue &apos;%1&apos; hat keinen Eintrag für Intervall %2</translation>
    </message>
    <message>
        <source>queue &apos;%1&apos; has %2 intervals, queue &apos;%3&apos; %4</source>
        <translation>Queue &apos;%1&apos; hat %2 Intervalle, Queue &apos;%3&apos; %4</translation>
    </message>
    <message>
        <source>queue &apos;%1&apos; has %2 intervals, the project %3</source>
        <translation>Queue &apos;%1&apos; hat %2 Intervalle, das Projekt %3</translation>
    </message>
    <message>
        <source>unknown staffing model or SL definition</source>
        <translation>unbekanntes Personalbedarfsmodell oder unbekannte SL-Definition</translation>
    </message>
    <message>
        <source>unknown channel %1</source>
        <translation>unbekannter Kanal %1</translation>
    </message>
    <message>
        <source>per-interval shrinkage is out of order</source>
        <translation>Ausfallquote je Intervall ist nicht in Reihenfolge</translation>
    </message>
    <message>
        <source>damaged settings: %1</source>
        <translation>beschädigte Einstellungen: %1</translation>
    </message>
    <message>
        <source>queue forecasts are out of order</source>
        <translation>Queue-Prognosen sind nicht in Reihenfolge</translation>
    </message>
    <message>
        <source>the file has no forecast</source>
        <translation>die Datei hat keine Prognose</translation>
    </message>
    <message>
        <source>%1 s is too long for an exact Erlang A evaluation at this load; use infinity for no abandonment (Erlang C)</source>
        <translation>%1 s ist für eine exakte Erlang-A-Auswertung bei dieser Last zu lang; für keine Abbrüche unendlich verwenden (Erlang C)</translation>
    </message>
    <message>
        <source>%1 is not a finite number &gt;= 0 of offered contacts</source>
        <translation>%1 ist keine endliche Zahl &gt;= 0 angebotener Kontakte</translation>
    </message>
    <message>
        <source>interval length %1 s must be positive</source>
        <translation>Intervalllänge %1 s muss positiv sein</translation>
    </message>
    <message>
        <source>mean patience %1 s must be &gt; 0 (infinity for no abandonment)</source>
        <translation>mittlere Geduld %1 s muss &gt; 0 sein (unendlich für keine Abbrüche)</translation>
    </message>
    <message>
        <source>%1 s must be &gt; 0</source>
        <translation>%1 s muss &gt; 0 sein</translation>
    </message>
    <message>
        <source>no staffing target: give a service level, an abandonment cap, an ASA cap or an occupancy cap below 1</source>
        <translation>kein Personalbedarfsziel: geben Sie einen Service Level, eine Abbruchobergrenze, eine ASA-Obergrenze oder eine Auslastungsgrenze unter 1 an</translation>
    </message>
    <message>
        <source>no staffing up to %1 agents meets the targets</source>
        <translation>keine Besetzung bis %1 Agenten erfüllt die Ziele</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 — why %2 agents?&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 — warum %2 Agenten?&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Inputs&lt;/b&gt;: %1 offered contacts, AHT %2 s, interval %3 s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Eingaben&lt;/b&gt;: %1 angebotene Kontakte, AHT %2 s, Intervall %3 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Workload&lt;/b&gt; A = offered × AHT / interval = %1 × %2 / %3 = &lt;b&gt;%4 Erlangs&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Arbeitslast&lt;/b&gt; A = Angebot × AHT / Intervall = %1 × %2 / %3 = &lt;b&gt;%4 Erlang&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Email / back office&lt;/b&gt;: each contact must be handled within %1 min of arriving; its work is spread evenly over that window, so the agents needed now are the work of every window that covers this interval divided by the interval length: &lt;b&gt;%2 net agents&lt;/b&gt;. No queue: no SL or ASA.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;E-Mail / Backoffice&lt;/b&gt;: jeder Kontakt muss innerhalb von %1 min nach Eingang bearbeitet sein; seine Arbeit verteilt sich gleichmäßig über dieses Fenster, also ist der aktuelle Bedarf die Arbeit aller Fenster, die dieses Intervall überdecken, geteilt durch die Intervalllänge: &lt;b&gt;%2 Netto-Agenten&lt;/b&gt;. Keine Warteschlange: kein SL, keine ASA.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SL ≥ %1 within %2 s</source>
        <translation>SL ≥ %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>ASA ≤ %1 s</source>
        <translation>ASA ≤ %1 s</translation>
    </message>
    <message>
        <source>occupancy ≤ %1</source>
        <translation>Auslastung ≤ %1</translation>
    </message>
    <message>
        <source>abandonment ≤ %1</source>
        <translation>Abbruchquote ≤ %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Erlang A&lt;/b&gt; (M/M/n+M; Garnett, Mandelbaum &amp;amp; Reiman 2002): callers hang up after an exponential patience with mean %1 s; SL counts %2. The smallest n with %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Erlang A&lt;/b&gt; (M/M/n+M; Garnett, Mandelbaum &amp;amp; Reiman 2002): Anrufende legen nach einer exponentialverteilten Geduld (Mittelwert %1 s) auf; der SL zählt %2. Das kleinste n mit %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>answered within t over offered</source>
        <translation>innerhalb t beantwortet / angeboten</translation>
    </message>
    <message>
        <source>answered within t over answered</source>
        <translation>innerhalb t beantwortet / beantwortet</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Erlang C&lt;/b&gt; (M/M/n; Gans, Koole &amp;amp; Mandelbaum 2003, §4.1): the smallest n with %1. C(n, A) = n·B / (n − A(1 − B)) with Erlang B from its stable series (Jagerman 1974); SL = 1 − C·e&lt;sup&gt;−(n−A)t/AHT&lt;/sup&gt;; ASA = C·AHT / (n − A).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Erlang C&lt;/b&gt; (M/M/n; Gans, Koole &amp;amp; Mandelbaum 2003, §4.1): das kleinste n mit %1. C(n, A) = n·B / (n − A(1 − B)) mit Erlang B aus seiner stabilen Reihe (Jagerman 1974); SL = 1 − C·e&lt;sup&gt;−(n−A)t/AHT&lt;/sup&gt;; ASA = C·AHT / (n − A).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;th&gt;abandon&lt;/th&gt;</source>
        <translation>&lt;th&gt;Abbruch&lt;/th&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Chat&lt;/b&gt;: %1 chat slots needed; each agent works %2 chats at once, so net agents = %1 / %2 = &lt;b&gt;%3&lt;/b&gt; (not rounded).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Chat&lt;/b&gt;: %1 Chat-Plätze nötig; jeder Agent bearbeitet %2 Chats gleichzeitig, also Netto-Agenten = %1 / %2 = &lt;b&gt;%3&lt;/b&gt; (nicht gerundet).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Net agents&lt;/b&gt; = n = &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Netto-Agenten&lt;/b&gt; = n = &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>other %1</source>
        <translation>sonstige %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Shrinkage&lt;/b&gt;: %1 = %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ausfallquote&lt;/b&gt;: %1 = %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Required&lt;/b&gt; = net / (1 − shrinkage) = %1 / (1 − %2) = &lt;b&gt;%3 agents&lt;/b&gt; to schedule (Cleveland 2012, ch. 6).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bedarf&lt;/b&gt; = netto / (1 − Ausfallquote) = %1 / (1 − %2) = &lt;b&gt;%3 Agenten&lt;/b&gt; zu planen (Cleveland 2012, Kap. 6).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Scheduled&lt;/b&gt;: %1 agents → %2 available after shrinkage → </source>
        <translation>&lt;p&gt;&lt;b&gt;Geplant&lt;/b&gt;: %1 Agenten → %2 verfügbar nach Ausfallquote → </translation>
    </message>
    <message>
        <source>occupancy %1, capacity covers %2 of the work.&lt;/p&gt;</source>
        <translation>Auslastung %1, die Kapazität deckt %2 der Arbeit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 servers: SL %2, ASA %3 s, occupancy %4.&lt;/p&gt;</source>
        <translation>%1 Agenten: SL %2, ASA %3 s, Auslastung %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>total shrinkage %1 in interval %2 is outside [0, 1)</source>
        <translation>Gesamtausfallquote %1 in Intervall %2 liegt außerhalb von [0, 1)</translation>
    </message>
    <message>
        <source>roster needs one INSTANCE file</source>
        <translation>roster braucht eine INSTANZ-Datei</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known instance format (curtois, retail, shiftdesign, tessera)</source>
        <translation>&apos;%1&apos; ist kein bekanntes Instanzformat (curtois, retail, shiftdesign, tessera)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known method (lns, mip)</source>
        <translation>&apos;%1&apos; ist keine bekannte Methode (lns, mip)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a non-negative integer</source>
        <translation>&apos;%1&apos; ist keine nicht-negative ganze Zahl</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>environment variable %1 holds no client secret</source>
        <translation>Umgebungsvariable %1 enthält kein Client-Secret</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive integer</source>
        <translation>&apos;%1&apos; ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>expected YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT erwartet</translation>
    </message>
    <message>
        <source>needs --week (a project is built over the forecast)</source>
        <translation>braucht --week (ein Projekt wird über der Prognose aufgebaut)</translation>
    </message>
    <message>
        <source>sync publish needs one WEEK.json</source>
        <translation>sync publish braucht eine WEEK.json</translation>
    </message>
    <message>
        <source>sync pull takes no file argument</source>
        <translation>sync pull nimmt kein Dateiargument</translation>
    </message>
    <message>
        <source>expected &apos;pull&apos; or &apos;publish&apos;, got &apos;%1&apos;</source>
        <translation>&apos;pull&apos; oder &apos;publish&apos; erwartet, &apos;%1&apos; erhalten</translation>
    </message>
    <message>
        <source>roster --format tessera needs one PROBLEM.json file</source>
        <translation>roster --format tessera braucht eine PROBLEM.json-Datei</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known method (auto, mip, lns)</source>
        <translation>&apos;%1&apos; ist keine bekannte Methode (auto, mip, lns)</translation>
    </message>
    <message>
        <source>no agents to roster; add a roster object or pass --sample-team</source>
        <translation>keine Agenten zum Einplanen; fügen Sie ein roster-Objekt hinzu oder übergeben Sie --sample-team</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not implicit, aggregated or explicit</source>
        <translation>&apos;%1&apos; ist nicht implicit, aggregated oder explicit</translation>
    </message>
    <message>
        <source>expected a weekday &quot;Mon&quot; … &quot;Sun&quot;</source>
        <translation>Wochentag &quot;Mon&quot; … &quot;Sun&quot; erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day HH:mm</source>
        <translation>&apos;%1&apos; ist keine Uhrzeit HH:mm</translation>
    </message>
    <message>
        <source>missing; required agents per interval are required</source>
        <translation>fehlt; der Bedarf an Agenten je Intervall ist erforderlich</translation>
    </message>
    <message>
        <source>missing; a list of shift lengths (minutes) is required</source>
        <translation>fehlt; eine Liste von Schichtlängen (Minuten) ist erforderlich</translation>
    </message>
    <message>
        <source>expected minutes (an integer)</source>
        <translation>Minuten erwartet (ganze Zahl)</translation>
    </message>
    <message>
        <source>either &apos;demand&apos;, &apos;forecast&apos; or &apos;skills&apos; is required</source>
        <translation>&apos;demand&apos;, &apos;forecast&apos; oder &apos;skills&apos; ist erforderlich</translation>
    </message>
    <message>
        <source>missing; a shift catalog or &apos;templates&apos; is required</source>
        <translation>fehlt; ein Schichtkatalog oder &apos;templates&apos; ist erforderlich</translation>
    </message>
    <message>
        <source>expected [start, end] intervals</source>
        <translation>Intervalle [Beginn, Ende] erwartet</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be 1 (Monday) … 7 (Sunday)</source>
        <translation>muss 1 (Montag) … 7 (Sonntag) sein</translation>
    </message>
    <message>
        <source>weekdays are 1 (Monday) … 7 (Sunday)</source>
        <translation>Wochentage sind 1 (Montag) … 7 (Sonntag)</translation>
    </message>
    <message>
        <source>duplicate contract &apos;%1&apos;</source>
        <translation>doppelter Vertrag &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be −1 (no limit) or more</source>
        <translation>muss −1 (keine Grenze) oder mehr sein</translation>
    </message>
    <message>
        <source>exceeds maxMinutesPerWeek</source>
        <translation>überschreitet maxMinutesPerWeek</translation>
    </message>
    <message>
        <source>expected an object of code → count</source>
        <translation>Objekt aus Code → Anzahl erwartet</translation>
    </message>
    <message>
        <source>expected a count ≥ 0</source>
        <translation>Anzahl ≥ 0 erwartet</translation>
    </message>
    <message>
        <source>expected [first code, next code] pairs</source>
        <translation>Paare [erster Code, nächster Code] erwartet</translation>
    </message>
    <message>
        <source>empty or duplicate agent id &apos;%1&apos;</source>
        <translation>leere oder doppelte Agenten-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected strings</source>
        <translation>Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>no contract &apos;%1&apos;</source>
        <translation>kein Vertrag &apos;%1&apos;</translation>
    </message>
    <message>
        <source>days are 0 … %1</source>
        <translation>Tage sind 0 … %1</translation>
    </message>
    <message>
        <source>must be 0 (every day) or 1 (Monday) … 7 (Sunday)</source>
        <translation>muss 0 (jeden Tag) oder 1 (Montag) … 7 (Sonntag) sein</translation>
    </message>
    <message>
        <source>minutes after midnight are 0 … 1439</source>
        <translation>Minuten nach Mitternacht sind 0 … 1439</translation>
    </message>
    <message>
        <source>must lie after fromMinutes, at most 2880 (midnight of the next day)</source>
        <translation>muss nach fromMinutes liegen, höchstens 2880 (Mitternacht des Folgetags)</translation>
    </message>
    <message>
        <source>no agent &apos;%1&apos;</source>
        <translation>kein Agent &apos;%1&apos;</translation>
    </message>
    <message>
        <source>shift [%1, %2) is empty or outside the horizon of %3 intervals</source>
        <translation>Schicht [%1, %2) ist leer oder außerhalb des Planungszeitraums von %3 Intervallen</translation>
    </message>
    <message>
        <source>break [%1, %2) lies outside its shift</source>
        <translation>Pause [%1, %2) liegt außerhalb ihrer Schicht</translation>
    </message>
    <message>
        <source>expected an object of rule → {hard, weight}</source>
        <translation>Objekt aus Regel → {hard, weight} erwartet</translation>
    </message>
    <message>
        <source>placed shift %1 is damaged</source>
        <translation>platzierte Schicht %1 ist beschädigt</translation>
    </message>
    <message>
        <source>a placed break refers to a missing shift %1</source>
        <translation>eine platzierte Pause verweist auf eine fehlende Schicht %1</translation>
    </message>
    <message>
        <source>a break of placed shift %1 lies outside the shift</source>
        <translation>eine Pause der platzierten Schicht %1 liegt außerhalb der Schicht</translation>
    </message>
    <message>
        <source>the stored roster is not valid JSON</source>
        <translation>der gespeicherte Dienstplan ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>damaged definition: %1</source>
        <translation>beschädigte Definition: %1</translation>
    </message>
    <message>
        <source>skill requirements are out of order</source>
        <translation>Skill-Anforderungen sind nicht in Reihenfolge</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>must divide a day</source>
        <translation>muss den Tag teilen</translation>
    </message>
    <message>
        <source>no agent %1</source>
        <translation>kein Agent %1</translation>
    </message>
    <message>
        <source>shift [%1, %2) is empty or outside the horizon</source>
        <translation>Schicht [%1, %2) ist leer oder außerhalb des Planungszeitraums</translation>
    </message>
    <message>
        <source>a break lies outside its shift</source>
        <translation>eine Pause liegt außerhalb ihrer Schicht</translation>
    </message>
    <message>
        <source>%1: shifts overlap on day %2</source>
        <translation>%1: Schichten überschneiden sich an Tag %2</translation>
    </message>
    <message>
        <source>%1: %2 min rest before day %3&apos;s shift, contract needs %4</source>
        <translation>%1: %2 min Ruhezeit vor der Schicht an Tag %3, Vertrag verlangt %4</translation>
    </message>
    <message>
        <source>%1: %2 on day %3 after %4 the day before</source>
        <translation>%1: %2 an Tag %3 nach %4 am Vortag</translation>
    </message>
    <message>
        <source>%1: two shifts on day %2</source>
        <translation>%1: zwei Schichten an Tag %2</translation>
    </message>
    <message>
        <source>%1: works on fixed day off %2</source>
        <translation>%1: arbeitet am festen freien Tag %2</translation>
    </message>
    <message>
        <source>%1 lacks skill %2 (day %3)</source>
        <translation>%1 fehlt Skill %2 (Tag %3)</translation>
    </message>
    <message>
        <source>%1: shift %2 on day %3 lies outside their availability</source>
        <translation>%1: Schicht %2 an Tag %3 liegt außerhalb der Verfügbarkeit</translation>
    </message>
    <message>
        <source>%1: %2 shifts %3, contract allows %4</source>
        <translation>%1: %2 Schichten %3, Vertrag erlaubt %4</translation>
    </message>
    <message>
        <source>%1: %2 min in week %3, contract allows %4</source>
        <translation>%1: %2 min in Woche %3, Vertrag erlaubt %4</translation>
    </message>
    <message>
        <source>%1: %2 min in week %3, contract needs %4</source>
        <translation>%1: %2 min in Woche %3, Vertrag verlangt %4</translation>
    </message>
    <message>
        <source>%1: %2 min, contract allows %3</source>
        <translation>%1: %2 min, Vertrag erlaubt %3</translation>
    </message>
    <message>
        <source>%1: %2 min, contract needs %3</source>
        <translation>%1: %2 min, Vertrag verlangt %3</translation>
    </message>
    <message>
        <source>%1: %2 weekends worked, contract allows %3</source>
        <translation>%1: %2 Wochenenden gearbeitet, Vertrag erlaubt %3</translation>
    </message>
    <message>
        <source>%1: %2 consecutive working days from day %3, contract allows %4</source>
        <translation>%1: %2 Arbeitstage in Folge ab Tag %3, Vertrag erlaubt %4</translation>
    </message>
    <message>
        <source>%1: %2 day(s) off from day %3, contract needs %4 in a row</source>
        <translation>%1: %2 freie(r) Tag(e) ab Tag %3, Vertrag verlangt %4 in Folge</translation>
    </message>
    <message>
        <source>has %1 intervals, the horizon %2</source>
        <translation>hat %1 Intervalle, der Planungszeitraum %2</translation>
    </message>
    <message>
        <source>the roster solver needs a weekend of two consecutive days</source>
        <translation>der Dienstplan-Solver braucht ein Wochenende aus zwei aufeinanderfolgenden Tagen</translation>
    </message>
    <message>
        <source>too many ranked shift-on requests to break ties by seniority</source>
        <translation>zu viele gereihte Schichtwünsche, um Gleichstände nach Betriebszugehörigkeit aufzulösen</translation>
    </message>
    <message>
        <source>shift %1 lies outside the roster&apos;s %2 days</source>
        <translation>Schicht %1 liegt außerhalb der %2 Tage des Dienstplans</translation>
    </message>
    <message>
        <source>missing; the line has %1 fields</source>
        <translation>fehlt; die Zeile hat %1 Felder</translation>
    </message>
    <message>
        <source>empty; a whole number is required</source>
        <translation>leer; eine ganze Zahl ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation>%1 ist kleiner als %2</translation>
    </message>
    <message>
        <source>day %1 is outside the horizon of %2 days</source>
        <translation>Tag %1 liegt außerhalb des Planungszeitraums von %2 Tagen</translation>
    </message>
    <message>
        <source>unknown shift &apos;%1&apos;</source>
        <translation>unbekannte Schicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown staff member &apos;%1&apos;</source>
        <translation>unbekannter Mitarbeiter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 fields; %2 expected</source>
        <translation>%1 Felder; %2 erwartet</translation>
    </message>
    <message>
        <source>unknown section</source>
        <translation>unbekannter Abschnitt</translation>
    </message>
    <message>
        <source>duplicate section (first on line %1)</source>
        <translation>doppelter Abschnitt (zuerst in Zeile %1)</translation>
    </message>
    <message>
        <source>data before the first SECTION_ line</source>
        <translation>Daten vor der ersten SECTION_-Zeile</translation>
    </message>
    <message>
        <source>missing section</source>
        <translation>Abschnitt fehlt</translation>
    </message>
    <message>
        <source>exactly one line with the number of days is required</source>
        <translation>genau eine Zeile mit der Anzahl der Tage ist erforderlich</translation>
    </message>
    <message>
        <source>no shift types</source>
        <translation>keine Schichttypen</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>duplicate shift &apos;%1&apos;</source>
        <translation>doppelte Schicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no staff</source>
        <translation>keine Mitarbeitenden</translation>
    </message>
    <message>
        <source>duplicate staff member &apos;%1&apos;</source>
        <translation>doppelter Mitarbeiter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not of the form ShiftID=number</source>
        <translation>&apos;%1&apos; hat nicht die Form ShiftID=Zahl</translation>
    </message>
    <message>
        <source>shift &apos;%1&apos; is listed twice</source>
        <translation>Schicht &apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number &gt;= 0</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl &gt;= 0</translation>
    </message>
    <message>
        <source>cover for day %1, shift &apos;%2&apos; is already given on line %3</source>
        <translation>Bedarf für Tag %1, Schicht &apos;%2&apos; ist bereits in Zeile %3 angegeben</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>changed on %1 contracts</source>
        <translation>geändert bei %1 Verträgen</translation>
    </message>
    <message>
        <source>New agent %1</source>
        <translation>Neuer Agent %1</translation>
    </message>
    <message>
        <source>+%1 agent(s) on contract %2</source>
        <translation>+%1 Agent(en) mit Vertrag %2</translation>
    </message>
    <message>
        <source>+%1 agent(s) with skill %2 (%3)</source>
        <translation>+%1 Agent(en) mit Skill %2 (%3)</translation>
    </message>
    <message>
        <source>+%1 agent(s) with skills %2 (%3)</source>
        <translation>+%1 Agent(en) mit den Skills %2 (%3)</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>Vertrag %1</translation>
    </message>
    <message>
        <source>group %1, contract %2</source>
        <translation>Gruppe %1, Vertrag %2</translation>
    </message>
    <message>
        <source>min rest</source>
        <translation>min. Ruhezeit</translation>
    </message>
    <message>
        <source>max consecutive days</source>
        <translation>max. Arbeitstage in Folge</translation>
    </message>
    <message>
        <source>max working weekends</source>
        <translation>max. Arbeitswochenenden</translation>
    </message>
    <message>
        <source>max paid time</source>
        <translation>max. bezahlte Zeit</translation>
    </message>
    <message>
        <source>min consecutive days off</source>
        <translation>min. freie Tage in Folge</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 for %n agent(s)</source>
        <translation>
            <numerusform>%1 %2 für %n Agenten</numerusform>
            <numerusform>%1 %2 für %n Agenten</numerusform>
        </translation>
    </message>
    <message>
        <source>makes the roster feasible</source>
        <translation>macht den Dienstplan zulässig</translation>
    </message>
    <message numerus="yes">
        <source>staffs %n more scheduled shift(s)</source>
        <translation>
            <numerusform>besetzt %n weitere geplante Schicht</numerusform>
            <numerusform>besetzt %n weitere geplante Schichten</numerusform>
        </translation>
    </message>
    <message>
        <source>removes %1 under-covered agent-intervals</source>
        <translation>beseitigt %1 unterdeckte Agenten-Intervalle</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer in [%2, %3]</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl in [%2, %3]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time HH:MM</source>
        <translation>&apos;%1&apos; ist keine Uhrzeit HH:MM</translation>
    </message>
    <message>
        <source>the section appears twice (first on line %1)</source>
        <translation>der Abschnitt kommt doppelt vor (zuerst in Zeile %1)</translation>
    </message>
    <message>
        <source>data before the first SECTION_ header</source>
        <translation>Daten vor der ersten SECTION_-Kopfzeile</translation>
    </message>
    <message>
        <source>the section is missing</source>
        <translation>der Abschnitt fehlt</translation>
    </message>
    <message>
        <source>%1 must hold exactly one number</source>
        <translation>%1 muss genau eine Zahl enthalten</translation>
    </message>
    <message>
        <source>empty staff id</source>
        <translation>leere Mitarbeiter-ID</translation>
    </message>
    <message>
        <source>staff &apos;%1&apos; is listed twice</source>
        <translation>Mitarbeiter &apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>%1 is below MinTotalMinutes %2</source>
        <translation>%1 liegt unter MinTotalMinutes %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HH:MM-HH:MM</source>
        <translation>&apos;%1&apos; ist nicht HH:MM-HH:MM</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one 15-minute interval on the quarter-hour grid</source>
        <translation>&apos;%1&apos; ist nicht genau ein 15-Minuten-Intervall im Viertelstundenraster</translation>
    </message>
    <message>
        <source>day %1 %2 lies outside the horizon (06:00 on day 1 to 06:00 on day %3)</source>
        <translation>Tag %1 %2 liegt außerhalb des Planungszeitraums (06:00 an Tag 1 bis 06:00 an Tag %3)</translation>
    </message>
    <message>
        <source>%1 is below Min %2</source>
        <translation>%1 liegt unter Min %2</translation>
    </message>
    <message>
        <source>cover for this interval and task is already given on line %1</source>
        <translation>Bedarf für dieses Intervall und diese Aufgabe ist bereits in Zeile %1 angegeben</translation>
    </message>
    <message>
        <source>missing; the file must define it</source>
        <translation>fehlt; die Datei muss es definieren</translation>
    </message>
    <message>
        <source>expected a number, found an array</source>
        <translation>Zahl erwartet, Array gefunden</translation>
    </message>
    <message>
        <source>%1 is negative; weights must be &gt;= 0</source>
        <translation>%1 ist negativ; Gewichte müssen &gt;= 0 sein</translation>
    </message>
    <message>
        <source>expected an array [ … ]</source>
        <translation>Array [ … ] erwartet</translation>
    </message>
    <message>
        <source>has %1 values; expected %2</source>
        <translation>hat %1 Werte; %2 erwartet</translation>
    </message>
    <message>
        <source>%1 is not an integer in [%2, %3]</source>
        <translation>%1 ist keine ganze Zahl in [%2, %3]</translation>
    </message>
    <message>
        <source>expected &apos;name = value;&apos;, found &apos;%1&apos;</source>
        <translation>&apos;name = wert;&apos; erwartet, &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <source>an array must end with &apos;]&apos;</source>
        <translation>ein Array muss mit &apos;]&apos; enden</translation>
    </message>
    <message>
        <source>defined again with a different value (first on line %1)</source>
        <translation>erneut mit anderem Wert definiert (zuerst in Zeile %1)</translation>
    </message>
    <message>
        <source>%1 minutes do not divide a day</source>
        <translation>%1 Minuten teilen den Tag nicht</translation>
    </message>
    <message>
        <source>shift type %1 ends its start window (%2) before it opens (%3)</source>
        <translation>Schichttyp %1 beendet sein Startfenster (%2), bevor es öffnet (%3)</translation>
    </message>
    <message>
        <source>shift type %1 has maxLength %2 &lt; minLength %3</source>
        <translation>Schichttyp %1 hat maxLength %2 &lt; minLength %3</translation>
    </message>
    <message>
        <source>The solver prices the minutes over or short on the whole horizon (weeks × the weekly limit), never more than the validator&apos;s weekly sum.</source>
        <translation>Der Solver bepreist die Minuten über oder unter der Grenze für den ganzen Planungszeitraum (Wochen × Wochengrenze), nie mehr als die Wochensumme des Validators.</translation>
    </message>
    <message>
        <source>Two shifts of one agent overlap</source>
        <translation>Zwei Schichten eines Agenten überschneiden sich</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>Überschneidung</translation>
    </message>
    <message>
        <source>Two shifts start on the same day</source>
        <translation>Zwei Schichten beginnen am selben Tag</translation>
    </message>
    <message>
        <source>extra shift</source>
        <translation>Zusatzschicht</translation>
    </message>
    <message>
        <source>A shift starts on the agent&apos;s fixed day off</source>
        <translation>Eine Schicht beginnt am festen freien Tag des Agenten</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>The agent lacks the shift&apos;s skill</source>
        <translation>Dem Agenten fehlt der Skill der Schicht</translation>
    </message>
    <message>
        <source>A shift lies outside the agent&apos;s availability</source>
        <translation>Eine Schicht liegt außerhalb der Verfügbarkeit des Agenten</translation>
    </message>
    <message>
        <source>Too little rest between two consecutive shifts</source>
        <translation>Zu wenig Ruhezeit zwischen zwei aufeinanderfolgenden Schichten</translation>
    </message>
    <message>
        <source>minute short</source>
        <translation>Minute zu wenig</translation>
    </message>
    <message>
        <source>A shift code the contract forbids the day after another</source>
        <translation>Ein Schichtcode, den der Vertrag am Tag nach einem anderen verbietet</translation>
    </message>
    <message>
        <source>succession</source>
        <translation>Schichtfolge</translation>
    </message>
    <message>
        <source>More shifts of one code than the contract allows</source>
        <translation>Mehr Schichten eines Codes, als der Vertrag erlaubt</translation>
    </message>
    <message>
        <source>shift over</source>
        <translation>Schicht zu viel</translation>
    </message>
    <message>
        <source>Fewer paid minutes in a full week than the contract needs</source>
        <translation>Weniger bezahlte Minuten in einer vollen Woche, als der Vertrag verlangt</translation>
    </message>
    <message>
        <source>More paid minutes in a full week than the contract allows</source>
        <translation>Mehr bezahlte Minuten in einer vollen Woche, als der Vertrag erlaubt</translation>
    </message>
    <message>
        <source>minute over</source>
        <translation>Minute zu viel</translation>
    </message>
    <message>
        <source>Fewer paid minutes over the horizon than the contract needs</source>
        <translation>Weniger bezahlte Minuten im Planungszeitraum, als der Vertrag verlangt</translation>
    </message>
    <message>
        <source>More paid minutes over the horizon than the contract allows</source>
        <translation>Mehr bezahlte Minuten im Planungszeitraum, als der Vertrag erlaubt</translation>
    </message>
    <message>
        <source>Too many working days in a row</source>
        <translation>Zu viele Arbeitstage in Folge</translation>
    </message>
    <message>
        <source>day over</source>
        <translation>Tag zu viel</translation>
    </message>
    <message>
        <source>Too few days off in a row</source>
        <translation>Zu wenige freie Tage in Folge</translation>
    </message>
    <message>
        <source>day short</source>
        <translation>Tag zu wenig</translation>
    </message>
    <message>
        <source>More weekends worked than the contract allows</source>
        <translation>Mehr gearbeitete Wochenenden, als der Vertrag erlaubt</translation>
    </message>
    <message>
        <source>weekend over</source>
        <translation>Wochenende zu viel</translation>
    </message>
    <message>
        <source>a contract needs an id</source>
        <translation>ein Vertrag braucht eine ID</translation>
    </message>
    <message>
        <source>%1 is below -1 (no limit)</source>
        <translation>%1 liegt unter -1 (keine Grenze)</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 liegt über dem Maximum %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a window like &apos;Mon 08:00-16:00&apos;</source>
        <translation>&apos;%1&apos; ist kein Fenster wie &apos;Mon 08:00-16:00&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a weekday (Mon … Sun, or Daily)</source>
        <translation>&apos;%1&apos; ist kein Wochentag (Mon … Sun oder Daily)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a time that is not on the clock</source>
        <translation>&apos;%1&apos; enthält eine Uhrzeit, die es nicht gibt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a day number nor a date (yyyy-mm-dd)</source>
        <translation>&apos;%1&apos; ist weder eine Tagesnummer noch ein Datum (yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the roster has no calendar start, use day numbers</source>
        <translation>&apos;%1&apos;: der Dienstplan hat kein Kalenderdatum als Beginn, verwenden Sie Tagesnummern</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside the horizon (days 1 to %2)</source>
        <translation>&apos;%1&apos; liegt außerhalb des Planungszeitraums (Tage 1 bis %2)</translation>
    </message>
    <message>
        <source>the roster has %1 staff × %2 days; the instance %3 × %4</source>
        <translation>der Dienstplan hat %1 Mitarbeitende × %2 Tage; die Instanz %3 × %4</translation>
    </message>
    <message>
        <source>staff %1, day %2: shift index %3 is out of range</source>
        <translation>Mitarbeiter %1, Tag %2: Schichtindex %3 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>%1 works shift %2 on day %3, a fixed day off</source>
        <translation>%1 arbeitet Schicht %2 an Tag %3, einem festen freien Tag</translation>
    </message>
    <message>
        <source>%1 works shift %2 on day %3, outside their availability</source>
        <translation>%1 arbeitet Schicht %2 an Tag %3, außerhalb der Verfügbarkeit</translation>
    </message>
    <message>
        <source>%1 works %2 on day %3 after %4 on day %5; %2 may not follow %4</source>
        <translation>%1 arbeitet %2 an Tag %3 nach %4 an Tag %5; %2 darf nicht auf %4 folgen</translation>
    </message>
    <message>
        <source>%1 works %2 shifts %3, more than %4 (from day %5)</source>
        <translation>%1 arbeitet %2 Schichten %3, mehr als %4 (ab Tag %5)</translation>
    </message>
    <message>
        <source>%1 works %2 minutes, more than %3 (from day %4)</source>
        <translation>%1 arbeitet %2 Minuten, mehr als %3 (ab Tag %4)</translation>
    </message>
    <message>
        <source>%1 works %2 minutes, fewer than %3</source>
        <translation>%1 arbeitet %2 Minuten, weniger als %3</translation>
    </message>
    <message>
        <source>%1 works %2 days in a row from day %3; at most %4</source>
        <translation>%1 arbeitet %2 Tage in Folge ab Tag %3; höchstens %4</translation>
    </message>
    <message>
        <source>%1 works only %2 days in a row from day %3; at least %4</source>
        <translation>%1 arbeitet nur %2 Tage in Folge ab Tag %3; mindestens %4</translation>
    </message>
    <message>
        <source>%1 has only %2 days off in a row from day %3; at least %4</source>
        <translation>%1 hat nur %2 freie Tage in Folge ab Tag %3; mindestens %4</translation>
    </message>
    <message>
        <source>%1 works %2 weekends, more than %3 (from day %4)</source>
        <translation>%1 arbeitet %2 Wochenenden, mehr als %3 (ab Tag %4)</translation>
    </message>
    <message>
        <source>staff member &apos;%1&apos; already on line %2</source>
        <translation>Mitarbeiter &apos;%1&apos; steht bereits in Zeile %2</translation>
    </message>
    <message>
        <source>%1 days given; the horizon has %2</source>
        <translation>%1 Tage angegeben; der Planungszeitraum hat %2</translation>
    </message>
    <message>
        <source>no line for staff member &apos;%1&apos;</source>
        <translation>keine Zeile für Mitarbeiter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a template needs an id</source>
        <translation>eine Vorlage braucht eine ID</translation>
    </message>
    <message>
        <source>template id &apos;%1&apos; is used twice</source>
        <translation>Vorlagen-ID &apos;%1&apos; wird doppelt verwendet</translation>
    </message>
    <message>
        <source>%1 is not a start on the %2-min grid within the day</source>
        <translation>%1 ist kein Beginn auf dem %2-min-Raster innerhalb des Tages</translation>
    </message>
    <message>
        <source>latest start %1 is before the earliest start %2 or not within the day</source>
        <translation>spätester Beginn %1 liegt vor dem frühesten Beginn %2 oder nicht innerhalb des Tages</translation>
    </message>
    <message>
        <source>%1 min is not a positive multiple of the %2-min interval</source>
        <translation>%1 min ist kein positives Vielfaches des %2-min-Intervalls</translation>
    </message>
    <message>
        <source>%1 is not a weekday (1 = Monday … 7 = Sunday)</source>
        <translation>%1 ist kein Wochentag (1 = Montag … 7 = Sonntag)</translation>
    </message>
    <message>
        <source>a template needs at least one shift length</source>
        <translation>eine Vorlage braucht mindestens eine Schichtlänge</translation>
    </message>
    <message>
        <source>%1 min is not a positive multiple of the %2-min interval up to 24 h</source>
        <translation>%1 min ist kein positives Vielfaches des %2-min-Intervalls bis 24 h</translation>
    </message>
    <message>
        <source>break times must be non-negative multiples of the %1-min interval</source>
        <translation>Pausenzeiten müssen nicht-negative Vielfache des %1-min-Intervalls sein</translation>
    </message>
    <message>
        <source>latest start %1 min is before the earliest start %2 min</source>
        <translation>spätester Beginn %1 min liegt vor dem frühesten Beginn %2 min</translation>
    </message>
    <message>
        <source>break window (start %1–%2 min, %3 min long) lies outside the %4-min shift</source>
        <translation>Pausenfenster (Beginn %1–%2 min, %3 min lang) liegt außerhalb der %4-min-Schicht</translation>
    </message>
    <message>
        <source>in a %1-min shift this break cannot start within its window after the previous break and gap</source>
        <translation>in einer %1-min-Schicht kann diese Pause nach der vorigen Pause und dem Abstand nicht in ihrem Fenster beginnen</translation>
    </message>
    <message>
        <source>cost and premiums must be &gt;= 0</source>
        <translation>Kosten und Zuschläge müssen &gt;= 0 sein</translation>
    </message>
    <message>
        <source>the evening window must be times of day</source>
        <translation>das Abendfenster muss aus Uhrzeiten bestehen</translation>
    </message>
    <message>
        <source>template expansion covers horizons of 1 to 6 weeks</source>
        <translation>die Vorlagenexpansion deckt Planungszeiträume von 1 bis 6 Wochen ab</translation>
    </message>
    <message>
        <source>at least one skill with a demand is required</source>
        <translation>mindestens ein Skill mit Bedarf ist erforderlich</translation>
    </message>
    <message>
        <source>at least one agent group is required</source>
        <translation>mindestens eine Agentengruppe ist erforderlich</translation>
    </message>
    <message>
        <source>skill names must be unique and non-empty</source>
        <translation>Skill-Namen müssen eindeutig und nicht leer sein</translation>
    </message>
    <message>
        <source>has %1 intervals; the horizon has %2</source>
        <translation>hat %1 Intervalle; der Planungszeitraum hat %2</translation>
    </message>
    <message>
        <source>group names must be unique and non-empty</source>
        <translation>Gruppennamen müssen eindeutig und nicht leer sein</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has no skill</source>
        <translation>Gruppe &apos;%1&apos; hat keinen Skill</translation>
    </message>
    <message>
        <source>unknown skill &apos;%1&apos;</source>
        <translation>unbekannter Skill &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown group &apos;%1&apos;</source>
        <translation>unbekannte Gruppe &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>No template shift of a group with skill &apos;%1&apos; spans %n interval(s) that need it (%2%3). Widen the templates&apos; start times or lengths, or use soft coverage.</source>
        <translation>
            <numerusform>Keine Vorlagenschicht einer Gruppe mit Skill &apos;%1&apos; überspannt %n Intervall, das ihn braucht (%2%3). Erweitern Sie die Beginnzeiten oder Längen der Vorlagen oder verwenden Sie weiche Abdeckung.</numerusform>
            <numerusform>Keine Vorlagenschicht einer Gruppe mit Skill &apos;%1&apos; überspannt %n Intervalle, die ihn brauchen (%2%3). Erweitern Sie die Beginnzeiten oder Längen der Vorlagen oder verwenden Sie weiche Abdeckung.</numerusform>
        </translation>
    </message>
    <message>
        <source>no target: give an SL target in (0, 1), an ASA target or an occupancy cap</source>
        <translation>kein Ziel: geben Sie ein SL-Ziel in (0, 1), ein ASA-Ziel oder eine Auslastungsgrenze an</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>&lt;th&gt;occupancy&lt;/th&gt;</source>
        <translation>&lt;th&gt;Auslastung&lt;/th&gt;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a shift code and a count, like &apos;E 14&apos;</source>
        <translation>&apos;%1&apos; braucht einen Schichtcode und eine Anzahl, etwa &apos;E 14&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a whole number &gt;= 0</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; ist keine ganze Zahl &gt;= 0</translation>
    </message>
    <message>
        <source>shift code &apos;%1&apos; is listed twice</source>
        <translation>Schichtcode &apos;%1&apos; steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a succession like &apos;N&gt;E&apos;</source>
        <translation>&apos;%1&apos; ist keine Folge wie &apos;N&gt;E&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a shift code on both sides of &apos;&gt;&apos;</source>
        <translation>&apos;%1&apos; braucht auf beiden Seiten von &apos;&gt;&apos; einen Schichtcode</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with &apos;on&apos; or &apos;off&apos;</source>
        <translation>&apos;%1&apos; beginnt nicht mit &apos;on&apos; oder &apos;off&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a day (a day number or a date yyyy-mm-dd)</source>
        <translation>&apos;%1&apos; braucht einen Tag (eine Tagesnummer oder ein Datum yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: weight &apos;%2&apos; is not a number &gt; 0</source>
        <translation>&apos;%1&apos;: Gewicht &apos;%2&apos; ist keine Zahl &gt; 0</translation>
    </message>
    <message>
        <source>weekends worked</source>
        <translation>gearbeitete Wochenenden</translation>
    </message>
    <message>
        <source>evening shifts</source>
        <translation>Abendschichten</translation>
    </message>
    <message>
        <source>agents without contract</source>
        <translation>Mitarbeitende ohne Vertrag</translation>
    </message>
    <message>
        <source>%1: %2 differ by %3 between agents</source>
        <translation>%1: %2 unterscheiden sich um %3 zwischen Mitarbeitenden</translation>
    </message>
    <message>
        <source>Weekends worked differ between agents of one contract (most − fewest)</source>
        <translation>Gearbeitete Wochenenden unterscheiden sich zwischen Mitarbeitenden eines Vertrags (meiste − wenigste)</translation>
    </message>
    <message>
        <source>weekend of spread</source>
        <translation>Wochenende Spannweite</translation>
    </message>
    <message>
        <source>Evening shifts (from 18:00 or ending after 22:00) differ between agents of one contract</source>
        <translation>Abendschichten (ab 18:00 oder Ende nach 22:00) unterscheiden sich zwischen Mitarbeitenden eines Vertrags</translation>
    </message>
    <message>
        <source>evening shift of spread</source>
        <translation>Abendschicht Spannweite</translation>
    </message>
    <message>
        <source>no staff member %1</source>
        <translation>kein Mitarbeiter %1</translation>
    </message>
    <message>
        <source>a start roster needs --format curtois and --method lns</source>
        <translation>ein Startdienstplan braucht --format curtois und --method lns</translation>
    </message>
    <message>
        <source>missing: expected an object of staff ids</source>
        <translation>fehlt: erwartet wird ein Objekt mit Mitarbeiter-IDs</translation>
    </message>
    <message>
        <source>missing: every staff member needs a row</source>
        <translation>fehlt: jede Mitarbeiterin und jeder Mitarbeiter braucht eine Zeile</translation>
    </message>
    <message>
        <source>expected a list of %1 days (shift id or null)</source>
        <translation>erwartet wird eine Liste von %1 Tagen (Schicht-ID oder null)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a shift type of the instance</source>
        <translation>&apos;%1&apos; ist kein Schichttyp der Instanz</translation>
    </message>
    <message>
        <source>not a staff member of the instance</source>
        <translation>kein Mitglied des Personals der Instanz</translation>
    </message>
</context>
<context>
    <name>tessera::rostering::RosterJob</name>
    <message numerus="yes">
        <source>Rostering %n agent(s)</source>
        <translation>
            <numerusform>Plane %n Agenten ein</numerusform>
            <numerusform>Plane %n Agenten ein</numerusform>
        </translation>
    </message>
    <message>
        <source>Pricing relaxation %1 of %2</source>
        <translation>Lockerung %1 von %2 wird bepreist</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AgentModel</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Dienstalter</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Freie Tage</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>The agent&apos;s id</source>
        <translation>Die ID des Agenten</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Skills, comma separated</source>
        <translation>Skills, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>The agent&apos;s contract</source>
        <translation>Der Vertrag des Agenten</translation>
    </message>
    <message>
        <source>1 = most senior: breaks ties where requests collide</source>
        <translation>1 = längste Betriebszugehörigkeit: entscheidet, wenn Wünsche kollidieren</translation>
    </message>
    <message>
        <source>Fixed days off: day numbers of the horizon (1 = first day) or dates yyyy-mm-dd, comma separated</source>
        <translation>Feste freie Tage: Tagesnummern des Planungszeitraums (1 = erster Tag) oder Daten yyyy-mm-dd, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>When the agent may work, e.g. &apos;Mon 08:00-16:00, Tue 10:00-18:00&apos; (&apos;Daily&apos; for every day; empty = always). A day without a window of its own is unrestricted.</source>
        <translation>Wann der Agent arbeiten darf, z. B. &apos;Mon 08:00-16:00, Tue 10:00-18:00&apos; (&apos;Daily&apos; für jeden Tag; leer = immer). Ein Tag ohne eigenes Fenster ist unbeschränkt.</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>an agent needs an id</source>
        <translation>ein Agent braucht eine ID</translation>
    </message>
    <message>
        <source>another agent is already called &apos;%1&apos;</source>
        <translation>ein anderer Agent heißt bereits &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no contract is called &apos;%1&apos;</source>
        <translation>kein Vertrag heißt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number &gt;= 0</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl &gt;= 0</translation>
    </message>
    <message>
        <source>Agent %1, %2</source>
        <translation>Agent %1, %2</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Wünsche</translation>
    </message>
    <message>
        <source>Soft wishes, e.g. &apos;off 3, on 5 E, off 2026-03-07 ×2&apos;: on (wants to work) or off, a day number (1 = first day) or date yyyy-mm-dd, optionally a shift code (none = any shift) and a weight &apos;×2&apos; or &apos;x2&apos; (the penalty when not granted, default 1); comma separated.</source>
        <translation>Weiche Wünsche, z. B. &apos;off 3, on 5 E, off 2026-03-07 ×2&apos;: on (will arbeiten) oder off (will frei), eine Tagesnummer (1 = erster Tag) oder ein Datum yyyy-mm-dd, wahlweise ein Schichtcode (keiner = jede Schicht) und ein Gewicht &apos;×2&apos; oder &apos;x2&apos; (die Strafe, wenn der Wunsch nicht erfüllt wird, sonst 1); durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Work on %1</source>
        <translation>Arbeiten am %1</translation>
    </message>
    <message>
        <source>Day off on %1</source>
        <translation>Frei am %1</translation>
    </message>
    <message>
        <source>Shift %1 on %2</source>
        <translation>Schicht %1 am %2</translation>
    </message>
    <message>
        <source>No shift %1 on %2</source>
        <translation>Keine Schicht %1 am %2</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (Gewicht %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>tessera::ui::BreakRuleModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>no length</source>
        <translation>keine Länge</translation>
    </message>
    <message>
        <source>There is no such break rule.</source>
        <translation>Diese Pausenregel gibt es nicht.</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Diese Spalte kann nicht bearbeitet werden.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ConnectionDialog</name>
    <message>
        <source>Platform Connection Settings</source>
        <translation>Einstellungen der Plattformverbindung</translation>
    </message>
    <message>
        <source>optional, e.g. http://127.0.0.1:8085 for tessera-platform-sim</source>
        <translation>optional, z. B. http://127.0.0.1:8085 für tessera-platform-sim</translation>
    </message>
    <message>
        <source>leave empty to keep the stored secret</source>
        <translation>leer lassen, um das gespeicherte Secret zu behalten</translation>
    </message>
    <message>
        <source>Stored in the system keychain only — never in the project or the settings.</source>
        <translation>Nur im Schlüsselbund des Systems gespeichert — nie im Projekt oder in den Einstellungen.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Custom base URL:</source>
        <translation>Eigene Basis-URL:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <source>access key id</source>
        <translation>Access-Key-ID</translation>
    </message>
    <message>
        <source>OAuth client id (client credentials grant)</source>
        <translation>OAuth-Client-ID (Client-Credentials-Grant)</translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation>Nicht getestet: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n business unit(s): %1</source>
        <translation>
            <numerusform>Verbunden: %n Geschäftseinheit: %1</numerusform>
            <numerusform>Verbunden: %n Geschäftseinheiten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>The secret cannot be stored in the system keychain (%1).

Use it for this session only? It will not be saved anywhere and must be entered again after a restart.</source>
        <translation>Das Secret kann nicht im Schlüsselbund des Systems gespeichert werden (%1).

Nur für diese Sitzung verwenden? Es wird nirgends gespeichert und muss nach einem Neustart erneut eingegeben werden.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ConstraintsWidget</name>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Most shifts that may start on one day (the day&apos;s headcount)</source>
        <translation>Höchstzahl Schichten, die an einem Tag beginnen dürfen (Kopfzahl des Tages)</translation>
    </message>
    <message>
        <source> agents</source>
        <translation> Agenten</translation>
    </message>
    <message>
        <source>Agents on duty in every interval with demand, whatever the forecast</source>
        <translation>Agenten im Dienst in jedem Intervall mit Bedarf, unabhängig von der Prognose</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Largest share of scheduled shifts that may be part-time</source>
        <translation>Größter Anteil der geplanten Schichten, der Teilzeit sein darf</translation>
    </message>
    <message>
        <source>Hard: cover every interval</source>
        <translation>Hart: jedes Intervall abdecken</translation>
    </message>
    <message>
        <source>Soft: price under-staffing</source>
        <translation>Weich: Unterdeckung bepreisen</translation>
    </message>
    <message>
        <source>Cost of one missing agent for one interval (soft coverage)</source>
        <translation>Kosten eines fehlenden Agenten für ein Intervall (weiche Abdeckung)</translation>
    </message>
    <message>
        <source>Cost of one extra agent for one interval</source>
        <translation>Kosten eines zusätzlichen Agenten für ein Intervall</translation>
    </message>
    <message>
        <source>Max headcount per day:</source>
        <translation>Max. Kopfzahl pro Tag:</translation>
    </message>
    <message>
        <source>Minimum staffing:</source>
        <translation>Mindestbesetzung:</translation>
    </message>
    <message>
        <source>Max part-time share:</source>
        <translation>Max. Teilzeitanteil:</translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation>Abdeckung:</translation>
    </message>
    <message>
        <source>Under-staffing penalty:</source>
        <translation>Strafe Unterdeckung:</translation>
    </message>
    <message>
        <source>Over-staffing penalty:</source>
        <translation>Strafe Überdeckung:</translation>
    </message>
    <message>
        <source>Penalties are per agent per interval, in the same currency as shift costs.</source>
        <translation>Strafkosten gelten je Agent und Intervall, in derselben Währung wie die Schichtkosten.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ContractModel</name>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Min
min/week</source>
        <translation>Min.
min/Woche</translation>
    </message>
    <message>
        <source>Max
min/week</source>
        <translation>Max.
min/Woche</translation>
    </message>
    <message>
        <source>Min
min/period</source>
        <translation>Min.
min/Zeitraum</translation>
    </message>
    <message>
        <source>Max
min/period</source>
        <translation>Max.
min/Zeitraum</translation>
    </message>
    <message>
        <source>Max days
in a row</source>
        <translation>Max. Tage
in Folge</translation>
    </message>
    <message>
        <source>Min days off
in a row</source>
        <translation>Min. frei
in Folge</translation>
    </message>
    <message>
        <source>Max
weekends</source>
        <translation>Max.
Wochenenden</translation>
    </message>
    <message>
        <source>Min rest
(min)</source>
        <translation>Min. Ruhe
(min)</translation>
    </message>
    <message>
        <source>The contract&apos;s id, as agents refer to it</source>
        <translation>Die ID des Vertrags, auf die sich Agenten beziehen</translation>
    </message>
    <message>
        <source>Paid minutes at least in each full week of the horizon</source>
        <translation>Bezahlte Minuten mindestens in jeder vollen Woche des Planungszeitraums</translation>
    </message>
    <message>
        <source>Paid minutes at most in each full week (0 = no limit)</source>
        <translation>Bezahlte Minuten höchstens in jeder vollen Woche (0 = keine Grenze)</translation>
    </message>
    <message>
        <source>Paid minutes at least over the whole horizon</source>
        <translation>Bezahlte Minuten mindestens über den ganzen Planungszeitraum</translation>
    </message>
    <message>
        <source>Paid minutes at most over the whole horizon (0 = no limit)</source>
        <translation>Bezahlte Minuten höchstens über den ganzen Planungszeitraum (0 = keine Grenze)</translation>
    </message>
    <message>
        <source>Working days in a row at most (0 = no limit)</source>
        <translation>Arbeitstage in Folge höchstens (0 = keine Grenze)</translation>
    </message>
    <message>
        <source>Days off in a row at least, for runs inside the horizon</source>
        <translation>Freie Tage in Folge mindestens, für Folgen innerhalb des Planungszeitraums</translation>
    </message>
    <message>
        <source>Weekends worked at most (-1 = no limit)</source>
        <translation>Gearbeitete Wochenenden höchstens (-1 = keine Grenze)</translation>
    </message>
    <message>
        <source>Minutes of rest at least between the end of one shift and the start of the next</source>
        <translation>Minuten Ruhezeit mindestens zwischen dem Ende einer Schicht und dem Beginn der nächsten</translation>
    </message>
    <message>
        <source>No agent has this contract</source>
        <translation>Kein Agent hat diesen Vertrag</translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation>Agenten: %1</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>another contract is already called &apos;%1&apos;</source>
        <translation>ein anderer Vertrag heißt bereits &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>Contract %1 is kept: agents %2 use it</source>
        <translation>Vertrag %1 bleibt erhalten: Agenten %2 verwenden ihn</translation>
    </message>
    <message>
        <source>Shift limits</source>
        <translation>Schichtgrenzen</translation>
    </message>
    <message>
        <source>Forbidden
successions</source>
        <translation>Verbotene
Folgen</translation>
    </message>
    <message>
        <source>Most shifts of a shift code over the horizon, e.g. &apos;E 14, N 4&apos; (code, space, count; comma separated). 0 allows none of that code; a code not listed has no limit.</source>
        <translation>Höchstzahl der Schichten eines Schichtcodes im Planungszeitraum, z. B. &apos;E 14, N 4&apos; (Code, Leerzeichen, Anzahl; durch Kommas getrennt). 0 erlaubt keine Schicht dieses Codes; ein nicht aufgeführter Code hat keine Grenze.</translation>
    </message>
    <message>
        <source>Shift codes that may not follow each other on consecutive days, e.g. &apos;N&gt;E, L&gt;E&apos; (N then E the next day is forbidden; &apos;-&gt;&apos; and &apos;→&apos; also work).</source>
        <translation>Schichtcodes, die an aufeinanderfolgenden Tagen nicht aufeinander folgen dürfen, z. B. &apos;N&gt;E, L&gt;E&apos; (N und am nächsten Tag E ist verboten; &apos;-&gt;&apos; und &apos;→&apos; gehen auch).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Contract %1, %2</source>
        <translation>Vertrag %1, %2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::CoverageChart</name>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Under-staffed</source>
        <translation>Unterdeckung</translation>
    </message>
    <message>
        <source>Over-staffed</source>
        <translation>Überdeckung</translation>
    </message>
    <message>
        <source>Scheduled (out of date)</source>
        <translation>Geplant (veraltet)</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Observed busy agents (history)</source>
        <translation>Beobachtet belegte Agenten (Historie)</translation>
    </message>
    <message>
        <source>SL below target</source>
        <translation>SL unter Ziel</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ForecastChart</name>
    <message>
        <source>Offered contacts per interval</source>
        <translation>Angebotene Kontakte je Intervall</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Net agents (Erlang A)</source>
        <translation>Netto-Agenten (Erlang A)</translation>
    </message>
    <message>
        <source>Net agents (Erlang C)</source>
        <translation>Netto-Agenten (Erlang C)</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>Ausfallquote</translation>
    </message>
    <message>
        <source>Shrinkage: other</source>
        <translation>Ausfallquote: sonstige</translation>
    </message>
    <message>
        <source>Shrinkage: %1</source>
        <translation>Ausfallquote: %1</translation>
    </message>
    <message>
        <source>Offered contacts</source>
        <translation>Angebotene Kontakte</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ForecastDialog</name>
    <message>
        <source>Forecast from history</source>
        <translation>Prognose aus Historie</translation>
    </message>
    <message>
        <source>No history loaded.</source>
        <translation>Keine Historie geladen.</translation>
    </message>
    <message>
        <source>History CSV…</source>
        <translation>Historie-CSV…</translation>
    </message>
    <message>
        <source>Anonymous Bank, Feb 1999</source>
        <translation>Anonymous Bank, Feb. 1999</translation>
    </message>
    <message>
        <source>The bundled four weeks of real call records, 1–28 February 1999</source>
        <translation>Die mitgelieferten vier Wochen echter Anrufdaten, 1.–28. Februar 1999</translation>
    </message>
    <message>
        <source>Moving average of the same interval</source>
        <translation>Gleitender Durchschnitt desselben Intervalls</translation>
    </message>
    <message>
        <source>Seasonal naive (same interval last week)</source>
        <translation>Saisonal naiv (dasselbe Intervall der Vorwoche)</translation>
    </message>
    <message>
        <source>Holt–Winters, weekly season (fitted)</source>
        <translation>Holt–Winters, Wochensaison (angepasst)</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Woche(n)</translation>
    </message>
    <message>
        <source> weeks held back</source>
        <translation> Woche(n) zurückgehalten</translation>
    </message>
    <message>
        <source> weeks ahead</source>
        <translation> Woche(n) voraus</translation>
    </message>
    <message>
        <source> % volume</source>
        <translation> % Volumen</translation>
    </message>
    <message>
        <source> s AHT</source>
        <translation> s AHT</translation>
    </message>
    <message>
        <source>Back-test</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historie:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Moving average over:</source>
        <translation>Gleitender Durchschnitt über:</translation>
    </message>
    <message>
        <source>Back-test:</source>
        <translation>Backtest:</translation>
    </message>
    <message>
        <source>Forecast:</source>
        <translation>Prognose:</translation>
    </message>
    <message>
        <source>What-if:</source>
        <translation>Was-wäre-wenn:</translation>
    </message>
    <message>
        <source>Use as project forecast</source>
        <translation>Als Projektprognose verwenden</translation>
    </message>
    <message>
        <source>Interval history</source>
        <translation>Intervallhistorie</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Local times in the file are in:</source>
        <translation>Lokale Zeiten in der Datei sind in:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot use this history:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Diese Historie ist nicht verwendbar:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1: %2 intervals of %3 min from %4 (%5 weeks), %6 offered contacts.</source>
        <translation>%1: %2 Intervalle à %3 min ab %4 (%5 Wochen), %6 angebotene Kontakte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Back-test not possible:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Backtest nicht möglich:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>Held-back %n week(s): WAPE %1 %, MAPE %2 % (offered volume).</source>
        <translation>
            <numerusform>%n Woche zurückgehalten: WAPE %1 %, MAPE %2 % (angebotenes Volumen).</numerusform>
            <numerusform>%n Wochen zurückgehalten: WAPE %1 %, MAPE %2 % (angebotenes Volumen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Held-back intervals</source>
        <translation>Zurückgehaltene Intervalle</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>the what-if leaves an interval with contacts at AHT 0 s</source>
        <translation>das Was-wäre-wenn lässt ein Intervall mit Kontakten bei AHT 0 s</translation>
    </message>
    <message>
        <source>Forecast from %1</source>
        <translation>Prognose aus %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot apply:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nicht anwendbar:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ForecastModel</name>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>AHT (s)</source>
        <translation>AHT (s)</translation>
    </message>
    <message>
        <source>Workload (Erl)</source>
        <translation>Last (Erl)</translation>
    </message>
    <message>
        <source>Net agents</source>
        <translation>Netto-Agenten</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>SL</translation>
    </message>
    <message>
        <source>ASA (s)</source>
        <translation>ASA (s)</translation>
    </message>
    <message>
        <source>Observed busy</source>
        <translation>Beob. belegt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>A = offered × AHT / interval seconds = %1 × %2 / %3</source>
        <translation>A = Angebot × AHT / Intervallsekunden = %1 × %2 / %3</translation>
    </message>
    <message>
        <source>Smallest n with Erlang C SL(n) ≥ %1 % in %2 s (Erlang C, Gans–Koole–Mandelbaum 2003 §4.1)</source>
        <translation>Kleinstes n mit Erlang-C-SL(n) ≥ %1 % in %2 s (Erlang C, Gans–Koole–Mandelbaum 2003 §4.1)</translation>
    </message>
    <message>
        <source>net / (1 − shrinkage) = %1 / (1 − %2)</source>
        <translation>netto / (1 − Ausfallquote) = %1 / (1 − %2)</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Achieved SL</source>
        <translation>Erreichter SL</translation>
    </message>
    <message>
        <source>Achieved ASA (s)</source>
        <translation>Erreichte ASA (s)</translation>
    </message>
    <message>
        <source>Achieved occupancy</source>
        <translation>Erreichte Auslastung</translation>
    </message>
    <message>
        <source>Erlang A with %1 servers, mean patience %2 s (Garnett, Mandelbaum &amp; Reiman 2002)</source>
        <translation>Erlang A mit %1 Agenten, mittlere Geduld %2 s (Garnett, Mandelbaum &amp; Reiman 2002)</translation>
    </message>
    <message>
        <source>Erlang C with %1 servers: SL = 1 − C·e^(−(n−A)t/AHT), ASA = C·AHT/(n−A), occupancy = A/n</source>
        <translation>Erlang C mit %1 Agenten: SL = 1 − C·e^(−(n−A)t/AHT), ASA = C·AHT/(n−A), Auslastung = A/n</translation>
    </message>
    <message>
        <source>With the scheduled agents less shrinkage (Erlang C); select the row for the full computation</source>
        <translation>Mit den geplanten Agenten abzüglich Ausfallquote (Erlang C); Zeile auswählen für die vollständige Rechnung</translation>
    </message>
    <message>
        <source>%1 minutes from %2 (%3)</source>
        <translation>%1 Minuten ab %2 (%3)</translation>
    </message>
    <message>
        <source>Contacts offered to agents in the interval (forecast)</source>
        <translation>Den Agenten im Intervall angebotene Kontakte (Prognose)</translation>
    </message>
    <message>
        <source>Average handle time of the interval&apos;s contacts, seconds</source>
        <translation>Durchschnittliche Bearbeitungszeit der Kontakte des Intervalls, Sekunden</translation>
    </message>
    <message>
        <source>History: agents busy on contacts on average (Σ handle seconds inside the interval / interval seconds)</source>
        <translation>Historie: im Mittel mit Kontakten belegte Agenten (Σ Bearbeitungssekunden im Intervall / Intervallsekunden)</translation>
    </message>
    <message>
        <source>Agents on duty in the last solution, all queues together</source>
        <translation>Agenten im Dienst in der letzten Lösung, alle Queues zusammen</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ImportForecastDialog</name>
    <message>
        <source>Import forecast CSV</source>
        <translation>Prognose-CSV importieren</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Which column holds each field? Rows of several queues are added up; intervals of another length are resampled to the project&apos;s.</source>
        <translation>Welche Spalte enthält welches Feld? Zeilen mehrerer Queues werden addiert; Intervalle anderer Länge werden auf die des Projekts umgerechnet.</translation>
    </message>
    <message>
        <source>Interval start (local time):</source>
        <translation>Intervallbeginn (Ortszeit):</translation>
    </message>
    <message>
        <source>Offered contacts:</source>
        <translation>Angebotene Kontakte:</translation>
    </message>
    <message>
        <source>AHT (seconds):</source>
        <translation>AHT (Sekunden):</translation>
    </message>
    <message>
        <source>Queue / skill:</source>
        <translation>Queue / Skill:</translation>
    </message>
    <message>
        <source>Observed busy agents:</source>
        <translation>Beobachtet belegte Agenten:</translation>
    </message>
    <message>
        <source>Abandoned:</source>
        <translation>Abgebrochen:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
</context>
<context>
    <name>tessera::ui::MainWindow</name>
    <message>
        <source>Forecast &amp;&amp; staffing</source>
        <translation>Prognose &amp;&amp; Bedarf</translation>
    </message>
    <message>
        <source>Shift catalog</source>
        <translation>Schichtkatalog</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Solver</translation>
    </message>
    <message>
        <source>Solve finished: %1, objective %2 in %3 s</source>
        <translation>Lösen beendet: %1, Zielwert %2 in %3 s</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation>&amp;Beispielprojekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import Forecast CSV…</source>
        <translation>Prognose-CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Export &amp;Problem JSON…</source>
        <translation>&amp;Problem-JSON exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Result JSON…</source>
        <translation>E&amp;rgebnis-JSON exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Solve</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>&amp;Cancel Solve</source>
        <translation>Lösen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>Ü&amp;ber Tessera</translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation>Über Tessera</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tessera %1&lt;/b&gt;&lt;br&gt;Workforce-management planning workstation for contact centers.&lt;br&gt;Staffing by Erlang C, shift scheduling with COIN-OR CBC, charts with QCustomPlot.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;Tessera %1&lt;/b&gt;&lt;br&gt;Arbeitsplatz für die Personaleinsatzplanung (WFM) in Contact Centern.&lt;br&gt;Personalbedarf nach Erlang C, Schichtplanung mit COIN-OR CBC, Diagramme mit QCustomPlot.&lt;br&gt;Lizenziert unter der GNU GPL, Version 3 oder später.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Edit not applied: %1</source>
        <translation>Änderung nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Constraints and coverage</source>
        <translation>Vorgaben und Abdeckung</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Agents per shift</source>
        <translation>Agenten je Schicht</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>&lt;p&gt;No solution yet. Press &lt;b&gt;Solve&lt;/b&gt; (F5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch keine Lösung. Drücken Sie &lt;b&gt;Lösen&lt;/b&gt; (F5).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Status:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;No schedule: see the diagnosis.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Status:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Kein Schichtplan: siehe Diagnose.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Status&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Objective&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift cost&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4 (%5 shifts)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Best bound / gap&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%6 / %7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Required&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%8 agent-hours&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Under-staffed&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%9 agent-hours (%10 %)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Over-staffed&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%11 agent-hours (%12 %)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Solve time&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%13 s&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Status&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Zielwert&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Schichtkosten&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4 (%5 Schichten)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Schranke / Gap&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%6 / %7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Bedarf&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%8 Agentenstunden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Unterdeckung&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%9 Agentenstunden (%10 %)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Überdeckung&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%11 Agentenstunden (%12 %)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Lösungszeit&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%13 s&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source> — &lt;i&gt;out of date: edited since&lt;/i&gt;</source>
        <translation> — &lt;i&gt;veraltet: seitdem bearbeitet&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1[*] — Tessera</source>
        <translation>%1[*] — Tessera</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Sample project</source>
        <translation>Beispielprojekt</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New project: import a forecast CSV (File ▸ Import Forecast CSV…)</source>
        <translation>Neues Projekt: Prognose-CSV importieren (Datei ▸ Prognose-CSV importieren…)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Tessera projects (*.tessera);;Problem JSON (*.json);;All files (*)</source>
        <translation>Tessera-Projekte (*.tessera);;Problem-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Tessera projects (*.tessera)</source>
        <translation>Tessera-Projekte (*.tessera)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation>Das Projekt hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Import forecast CSV</source>
        <translation>Prognose-CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import forecast %1</source>
        <translation>Prognose %1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n interval(s)</source>
        <translation>
            <numerusform>%n Intervall importiert</numerusform>
            <numerusform>%n Intervalle importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>; the horizon changed, so a default shift catalog was generated</source>
        <translation>; der Planungszeitraum hat sich geändert, daher wurde ein Standard-Schichtkatalog erzeugt</translation>
    </message>
    <message>
        <source>Cannot import forecast</source>
        <translation>Prognose kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>Problem exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>There is no result yet: solve first.</source>
        <translation>Es gibt noch kein Ergebnis: zuerst lösen.</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Ergebnis exportieren</translation>
    </message>
    <message>
        <source>Add shift</source>
        <translation>Schicht hinzufügen</translation>
    </message>
    <message>
        <source>The project has no horizon yet: import a forecast first.</source>
        <translation>Das Projekt hat noch keinen Planungszeitraum: zuerst eine Prognose importieren.</translation>
    </message>
    <message>
        <source>New shift</source>
        <translation>Neue Schicht</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n shift(s)</source>
        <translation>
            <numerusform>%n Schicht duplizieren</numerusform>
            <numerusform>%n Schichten duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Forecast from History…</source>
        <translation>Prognose aus &amp;Historie…</translation>
    </message>
    <message>
        <source>Staffing target</source>
        <translation>Bedarfsvorgaben</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Queue:</translation>
    </message>
    <message>
        <source>Each queue (skill or channel) has its own forecast and target; the coverage chart schedules for their sum</source>
        <translation>Jede Queue (Skill oder Kanal) hat eigene Prognose und eigenes Ziel; das Abdeckungsdiagramm plant für ihre Summe</translation>
    </message>
    <message>
        <source>&lt;small&gt;Required = net / (1 − shrinkage), where net is the smallest number of agents n meeting the targets (Erlang C: SL(n) = 1 − C(n, A)·e&lt;sup&gt;−(n−A)t/AHT&lt;/sup&gt;; Erlang A adds abandonment), A = offered × AHT / interval length. Select an interval for the full computation.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Bedarf = netto / (1 − Ausfallquote), wobei netto die kleinste Agentenzahl n ist, die die Ziele erfüllt (Erlang C: SL(n) = 1 − C(n, A)·e&lt;sup&gt;−(n−A)t/AHT&lt;/sup&gt;; Erlang A berücksichtigt Abbrüche), A = Angebot × AHT / Intervalllänge. Ein Intervall auswählen für die vollständige Rechnung.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Select an interval to see why it needs the staff it needs.</source>
        <translation>Ein Intervall auswählen, um zu sehen, warum es diesen Personalbedarf hat.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Staffing cannot be computed:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Personalbedarf nicht berechenbar:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone</source>
        <translation>&apos;%1&apos; ist keine Zeitzone</translation>
    </message>
    <message>
        <source>resampled to %1-minute intervals</source>
        <translation>auf %1-Minuten-Intervalle umgerechnet</translation>
    </message>
    <message numerus="yes">
        <source> for %n queue(s)</source>
        <translation>
            <numerusform> für %n Queue</numerusform>
            <numerusform> für %n Queues</numerusform>
        </translation>
    </message>
    <message>
        <source>Work plans</source>
        <translation>Arbeitspläne</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Dienstplan</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>&amp;Assign Agents</source>
        <translation>&amp;Agenten zuweisen</translation>
    </message>
    <message>
        <source>Roster the project&apos;s agents onto the scheduled shifts (CBC), with ranked relaxations when shifts stay unstaffed</source>
        <translation>Die Agenten des Projekts auf die geplanten Schichten einteilen (CBC), mit gereihten Lockerungen, wenn Schichten unbesetzt bleiben</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <source>&amp;Connection Settings…</source>
        <translation>&amp;Verbindungseinstellungen…</translation>
    </message>
    <message>
        <source>&amp;Sync…</source>
        <translation>&amp;Synchronisieren…</translation>
    </message>
    <message>
        <source>Solve the shift schedule first (F5): agents are rostered onto its shifts.</source>
        <translation>Zuerst den Schichtplan lösen (F5): Agenten werden auf seine Schichten eingeteilt.</translation>
    </message>
    <message>
        <source>The last result has no shifts to roster: solve again (F5).</source>
        <translation>Das letzte Ergebnis hat keine Schichten zum Einteilen: erneut lösen (F5).</translation>
    </message>
    <message>
        <source>Assigning agents… %1 % %2</source>
        <translation>Agenten werden zugewiesen… %1 % %2</translation>
    </message>
    <message>
        <source>Assign agents</source>
        <translation>Agenten zuweisen</translation>
    </message>
    <message>
        <source>No roster meets the hard rules: see the ranked relaxations.</source>
        <translation>Kein Dienstplan erfüllt die harten Regeln: siehe die gereihten Lockerungen.</translation>
    </message>
    <message>
        <source>No roster found within the time limit.</source>
        <translation>Kein Dienstplan innerhalb des Zeitlimits gefunden.</translation>
    </message>
    <message>
        <source>Assign agents (sample team)</source>
        <translation>Agenten zuweisen (Beispielteam)</translation>
    </message>
    <message>
        <source>%1 agents rostered in %2 s: %3 scheduled shift(s) unstaffed, %4 extra%5</source>
        <translation>%1 Agenten in %2 s eingeteilt: %3 geplante Schicht(en) unbesetzt, %4 zusätzlich%5</translation>
    </message>
    <message>
        <source> (the project had no agents: a sample team was made up)</source>
        <translation> (das Projekt hatte keine Agenten: ein Beispielteam wurde erzeugt)</translation>
    </message>
    <message>
        <source>Apply relaxation: %1</source>
        <translation>Lockerung anwenden: %1</translation>
    </message>
    <message>
        <source>Applied: %1 (undo with Ctrl+Z)</source>
        <translation>Angewendet: %1 (rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Improve Roster</source>
        <translation>Dienstplan &amp;verbessern</translation>
    </message>
    <message>
        <source>Search on from the current roster (with your edits): the result is never worse than it</source>
        <translation>Vom aktuellen Dienstplan aus weitersuchen (mit Ihren Änderungen): das Ergebnis ist nie schlechter</translation>
    </message>
    <message>
        <source>There is no roster to improve yet: assign agents first (F6).</source>
        <translation>Es gibt noch keinen Dienstplan zum Verbessern: zuerst Agenten zuweisen (F6).</translation>
    </message>
    <message>
        <source>Improving the roster… %1 % %2</source>
        <translation>Dienstplan wird verbessert… %1 % %2</translation>
    </message>
    <message>
        <source> (%1 shift(s) of it back at their scheduled times, %2 of no scheduled shift left out)</source>
        <translation> (%1 Schicht(en) davon zurück auf ihre geplanten Zeiten, %2 ohne geplante Schicht weggelassen)</translation>
    </message>
    <message>
        <source>No better roster found in %1 s: the current roster (penalty %2) stays.</source>
        <translation>Kein besserer Dienstplan in %1 s gefunden: der aktuelle Dienstplan (Strafe %2) bleibt.</translation>
    </message>
    <message>
        <source>Improve roster</source>
        <translation>Dienstplan verbessern</translation>
    </message>
    <message>
        <source>Roster improved in %1 s: penalty %2 → %3%4</source>
        <translation>Dienstplan in %1 s verbessert: Strafe %2 → %3%4</translation>
    </message>
    <message>
        <source>(rules broken)</source>
        <translation>(Regeln verletzt)</translation>
    </message>
</context>
<context>
    <name>tessera::ui::PlacedShiftModel</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Arbeitsplan</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Breaks placed by the solver</source>
        <translation>Vom Solver platzierte Pausen</translation>
    </message>
    <message>
        <source>Paid h</source>
        <translation>Bez. h</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation>%1 bezahlt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ProjectDocument</name>
    <message>
        <source>Queue %1</source>
        <translation>Queue %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::RelaxationPanel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Relaxation</source>
        <translation>Lockerung</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#6b727a&apos;&gt;When a roster solve cannot meet every rule, the rules to relax appear here, ranked by how much they would gain.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#6b727a&apos;&gt;Wenn eine Dienstplan-Lösung nicht jede Regel erfüllen kann, erscheinen hier die zu lockernden Regeln, gereiht nach ihrem Nutzen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tessera::ui::RosterCoverageChart</name>
    <message>
        <source>agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>Im Dienst</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Unterdeckung</translation>
    </message>
</context>
<context>
    <name>tessera::ui::RosterGridDelegate</name>
    <message>
        <source>(off)</source>
        <translation>(frei)</translation>
    </message>
</context>
<context>
    <name>tessera::ui::RosterGridModel</name>
    <message>
        <source>%1: %2 agent-hours on %3</source>
        <translation>%1: %2 Agentenstunden, %3</translation>
    </message>
    <message>
        <source>off</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Fixed day off</source>
        <translation>Fester freier Tag</translation>
    </message>
    <message>
        <source>Requests to work %1 (weight %2): %3</source>
        <translation>Wünscht %1 zu arbeiten (Gewicht %2): %3</translation>
    </message>
    <message>
        <source>Requests not to work %1 (weight %2): %3</source>
        <translation>Wünscht %1 nicht zu arbeiten (Gewicht %2): %3</translation>
    </message>
    <message>
        <source>any shift</source>
        <translation>beliebige Schicht</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>On duty (agent-h)</source>
        <translation>Im Dienst (Ag.-h)</translation>
    </message>
    <message>
        <source>Required (agent-h)</source>
        <translation>Bedarf (Ag.-h)</translation>
    </message>
    <message>
        <source>Short (agent-h)</source>
        <translation>Unterdeckung (Ag.-h)</translation>
    </message>
    <message>
        <source>%1 (%2)
Contract %3, skills %4, seniority %5</source>
        <translation>%1 (%2)
Vertrag %3, Skills %4, Dienstalter %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no shift has code %1; use one of %2</source>
        <translation>keine Schicht hat den Code %1; verwenden Sie einen von %2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::RosterStatsModel</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Paid hours over the horizon (unpaid breaks excluded)</source>
        <translation>Bezahlte Stunden im Planungszeitraum (ohne unbezahlte Pausen)</translation>
    </message>
    <message>
        <source>Weekends worked (the site&apos;s weekend days)</source>
        <translation>Gearbeitete Wochenenden (die Wochenendtage des Standorts)</translation>
    </message>
    <message>
        <source>Evening shifts: starting at or after 18:00 or ending after 22:00</source>
        <translation>Abendschichten: Beginn ab 18:00 oder Ende nach 22:00</translation>
    </message>
    <message>
        <source>Requests granted</source>
        <translation>Wünsche erfüllt</translation>
    </message>
    <message>
        <source>Requests denied</source>
        <translation>Wünsche abgelehnt</translation>
    </message>
    <message>
        <source>Hard rule violations</source>
        <translation>Verletzungen harter Regeln</translation>
    </message>
    <message>
        <source>Soft rule violations</source>
        <translation>Verletzungen weicher Regeln</translation>
    </message>
    <message>
        <source>Paid h</source>
        <translation>Bez. h</translation>
    </message>
    <message>
        <source>Wknd</source>
        <translation>WE</translation>
    </message>
    <message>
        <source>Eve</source>
        <translation>Abend</translation>
    </message>
    <message>
        <source>Req ✔</source>
        <translation>Wunsch ✔</translation>
    </message>
    <message>
        <source>Req ✘</source>
        <translation>Wunsch ✘</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hart</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Weich</translation>
    </message>
</context>
<context>
    <name>tessera::ui::RosterTimeline</name>
    <message>
        <source>Agent timeline</source>
        <translation>Agenten-Zeitleiste</translation>
    </message>
    <message>
        <source>Move shift %1 to %2</source>
        <translation>Schicht %1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Move shift %1</source>
        <translation>Schicht %1 verschieben</translation>
    </message>
    <message>
        <source>Resize shift %1</source>
        <translation>Länge von Schicht %1 ändern</translation>
    </message>
    <message>
        <source>Move break of %1</source>
        <translation>Pause von %1 verschieben</translation>
    </message>
    <message>
        <source>Work %1</source>
        <translation>%1 arbeiten</translation>
    </message>
    <message>
        <source>Day off (remove the shift)</source>
        <translation>Frei (Schicht entfernen)</translation>
    </message>
    <message>
        <source>%1 (%2)
Contract %3, skills %4</source>
        <translation>%1 (%2)
Vertrag %3, Skills %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>
Drag to move, drag an edge to resize, drag a break to move it.</source>
        <translation>
Ziehen zum Verschieben, Kante ziehen für die Länge, Pause ziehen zum Verschieben.</translation>
    </message>
    <message>
        <source>%1: fixed day off on %2</source>
        <translation>%1: fester freier Tag am %2</translation>
    </message>
    <message>
        <source>Requests to work %1</source>
        <translation>Wünscht %1 zu arbeiten</translation>
    </message>
    <message>
        <source>Requests not to work %1</source>
        <translation>Wünscht %1 nicht zu arbeiten</translation>
    </message>
    <message>
        <source>any shift</source>
        <translation>beliebige Schicht</translation>
    </message>
    <message>
        <source>No roster yet: generate or solve one, or import agents.</source>
        <translation>Noch kein Dienstplan: erzeugen oder lösen Sie einen, oder importieren Sie Agenten.</translation>
    </message>
    <message>
        <source>The roster cannot be shown: %1</source>
        <translation>Der Dienstplan kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Agents (%1)</source>
        <translation>Agenten (%1)</translation>
    </message>
</context>
<context>
    <name>tessera::ui::RosterView</name>
    <message>
        <source>Roster grid</source>
        <translation>Dienstplanraster</translation>
    </message>
    <message>
        <source>Clear cell</source>
        <translation>Zelle leeren</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Verletzungen</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>Fairness</translation>
    </message>
    <message>
        <source>Relaxations</source>
        <translation>Lockerungen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Previous day or week</source>
        <translation>Vorheriger Tag oder vorherige Woche</translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation>Nächster Tag oder nächste Woche</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Zeitleiste:</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b01010&apos;&gt;Roster cannot be checked:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#b01010&apos;&gt;Dienstplan nicht prüfbar:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No roster&lt;/b&gt;&lt;br&gt;The project has no named agents yet.</source>
        <translation>&lt;b&gt;Kein Dienstplan&lt;/b&gt;&lt;br&gt;Das Projekt hat noch keine namentlichen Agenten.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1b7a2e&apos;&gt;✔ Valid roster&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#1b7a2e&apos;&gt;✔ Gültiger Dienstplan&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#b01010&apos;&gt;✖ %n hard violation(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#b01010&apos;&gt;✖ %n harte Verletzung&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&apos;color:#b01010&apos;&gt;✖ %n harte Verletzungen&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, &lt;b style=&apos;color:#9a6500&apos;&gt;%n soft&lt;/b&gt;</source>
        <translation>
            <numerusform>, &lt;b style=&apos;color:#9a6500&apos;&gt;%n weiche&lt;/b&gt;</numerusform>
            <numerusform>, &lt;b style=&apos;color:#9a6500&apos;&gt;%n weiche&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;table cellspacing=2 style=&apos;margin-top:4px&apos;&gt;&lt;tr&gt;&lt;td&gt;Objective&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Coverage penalty&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Short / over&lt;/td&gt;&lt;td align=right&gt;%3 / %4 agent-h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Requests / soft rules&lt;/td&gt;&lt;td align=right&gt;%5 / %6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Spread weekends / evenings&lt;/td&gt;&lt;td align=right&gt;%7 / %8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=2 style=&apos;margin-top:4px&apos;&gt;&lt;tr&gt;&lt;td&gt;Zielwert&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strafe Abdeckung&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Unter / über&lt;/td&gt;&lt;td align=right&gt;%3 / %4 Ag.-h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Wünsche / weiche Regeln&lt;/td&gt;&lt;td align=right&gt;%5 / %6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Streuung Wochenenden / Abende&lt;/td&gt;&lt;td align=right&gt;%7 / %8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>whole period</source>
        <translation>ganzer Zeitraum</translation>
    </message>
    <message>
        <source> (hard rule)</source>
        <translation> (harte Regel)</translation>
    </message>
    <message>
        <source> (soft rule: %1 unit(s) priced)</source>
        <translation> (weiche Regel: %1 Einheit(en) bepreist)</translation>
    </message>
    <message>
        <source>No violations: every rule of every contract is met.</source>
        <translation>Keine Verletzungen: jede Regel jedes Vertrags ist erfüllt.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::RuleModel</name>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hart</translation>
    </message>
    <message>
        <source>Weight (per unit)</source>
        <translation>Gewicht (je Einheit)</translation>
    </message>
    <message>
        <source>Always hard: the rostering model never lets a roster break &quot;%1&quot; (solveAgentRoster keeps it hard), so it has no weight.</source>
        <translation>Immer hart: das Dienstplanmodell lässt nie zu, dass ein Dienstplan „%1“ verletzt (solveAgentRoster hält es hart), daher hat es kein Gewicht.</translation>
    </message>
    <message>
        <source>%1. When soft, each %2 costs the weight; the solver prices the slack at that weight.</source>
        <translation>%1. Wenn weich, kostet jede(r) %2 das Gewicht; der Solver bepreist den Schlupf mit diesem Gewicht.</translation>
    </message>
    <message>
        <source>hard (always)</source>
        <translation>hart (immer)</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>hart</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>weich</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 je %2</translation>
    </message>
    <message>
        <source>Rule %1, field &apos;weight&apos;: &apos;%2&apos; is not a number &gt;= 0</source>
        <translation>Regel %1, Feld &apos;weight&apos;: &apos;%2&apos; ist keine Zahl &gt;= 0</translation>
    </message>
    <message>
        <source>Always soft: some spread between agents is unavoidable, so &quot;%1&quot; cannot be hard. The weight alone decides (0 = not optimised).</source>
        <translation>Immer weich: etwas Spannweite zwischen Mitarbeitenden ist unvermeidlich, daher kann „%1“ nicht hart sein. Allein das Gewicht entscheidet (0 = nicht optimiert).</translation>
    </message>
    <message>
        <source>%1. Each %2 (most − fewest among the agents of a contract) costs the weight; the solver minimises it per contract.</source>
        <translation>%1. Jede Einheit %2 (meiste − wenigste unter den Mitarbeitenden eines Vertrags) kostet das Gewicht; der Solver minimiert sie je Vertrag.</translation>
    </message>
    <message>
        <source>soft (always)</source>
        <translation>weich (immer)</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ShiftCatalogModel</name>
    <message>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Length (h)</source>
        <translation>Länge (h)</translation>
    </message>
    <message>
        <source>Break at (h)</source>
        <translation>Pause bei (h)</translation>
    </message>
    <message>
        <source>Break (min)</source>
        <translation>Pause (min)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Teilzeit</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message numerus="yes">
        <source>%n break(s); the table edits the first</source>
        <translation>
            <numerusform>%n Pause; die Tabelle bearbeitet die erste</numerusform>
            <numerusform>%n Pausen; die Tabelle bearbeitet die erste</numerusform>
        </translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>A shift needs a name.</source>
        <translation>Eine Schicht braucht einen Namen.</translation>
    </message>
    <message>
        <source>Another shift is already called &apos;%1&apos;.</source>
        <translation>Eine andere Schicht heißt bereits &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Not a valid day or time.</source>
        <translation>Kein gültiger Tag und keine gültige Uhrzeit.</translation>
    </message>
    <message>
        <source>%1 is not an interval start inside the horizon.</source>
        <translation>%1 ist kein Intervallbeginn innerhalb des Planungszeitraums.</translation>
    </message>
    <message>
        <source>The length must be a positive multiple of %1 minutes.</source>
        <translation>Die Länge muss ein positives Vielfaches von %1 Minuten sein.</translation>
    </message>
    <message>
        <source>The break must start on a multiple of %1 minutes.</source>
        <translation>Die Pause muss auf einem Vielfachen von %1 Minuten beginnen.</translation>
    </message>
    <message>
        <source>The break length must be a multiple of %1 minutes.</source>
        <translation>Die Pausenlänge muss ein Vielfaches von %1 Minuten sein.</translation>
    </message>
    <message>
        <source>The cost must be a number &gt;= 0.</source>
        <translation>Die Kosten müssen eine Zahl &gt;= 0 sein.</translation>
    </message>
    <message>
        <source>Max is a count &gt;= 0, or -1 for unlimited.</source>
        <translation>Max. ist eine Anzahl &gt;= 0 oder -1 für unbegrenzt.</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Diese Spalte kann nicht bearbeitet werden.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SolverPanel</name>
    <message>
        <source>Optimal</source>
        <translation>Optimal</translation>
    </message>
    <message>
        <source>Feasible (within gap)</source>
        <translation>Zulässig (Gap erreicht)</translation>
    </message>
    <message>
        <source>Infeasible</source>
        <translation>Unzulässig</translation>
    </message>
    <message>
        <source>Time limit reached</source>
        <translation>Zeitlimit erreicht</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Solve</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the solver and keep the best solution found so far</source>
        <translation>Solver anhalten und die bisher beste Lösung behalten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Stop when the relative gap between incumbent and best bound is at most this</source>
        <translation>Anhalten, sobald der relative Gap zwischen bester Lösung und bester Schranke höchstens diesen Wert hat</translation>
    </message>
    <message>
        <source>Not solved</source>
        <translation>Nicht gelöst</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>Gap tolerance:</source>
        <translation>Gap-Toleranz:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Verstrichen:</translation>
    </message>
    <message>
        <source>Incumbent:</source>
        <translation>Beste Lösung:</translation>
    </message>
    <message>
        <source>Best bound:</source>
        <translation>Beste Schranke:</translation>
    </message>
    <message>
        <source>Gap:</source>
        <translation>Gap:</translation>
    </message>
    <message>
        <source>Cannot solve: %1</source>
        <translation>Lösen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>Wird gelöst…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Solve the shift set-covering model with COIN-OR CBC (F5); with work plans, the template model that also places the breaks</source>
        <translation>Das Set-Covering-Modell der Schichten mit COIN-OR CBC lösen (F5); mit Arbeitsplänen das Vorlagenmodell, das auch die Pausen platziert</translation>
    </message>
    <message>
        <source>Solving work plans…</source>
        <translation>Arbeitspläne werden gelöst…</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SolverProgressChart</name>
    <message>
        <source>Incumbent</source>
        <translation>Beste Lösung</translation>
    </message>
    <message>
        <source>Best bound</source>
        <translation>Beste Schranke</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
</context>
<context>
    <name>tessera::ui::StaffingParamsWidget</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Answer-time threshold of the service level</source>
        <translation>Antwortzeit-Schwelle des Service Levels</translation>
    </message>
    <message>
        <source>Occupancy cap: traffic / agents must not exceed this</source>
        <translation>Auslastungsgrenze: Last / Agenten darf diesen Wert nicht überschreiten</translation>
    </message>
    <message>
        <source>Service level:</source>
        <translation>Service Level:</translation>
    </message>
    <message>
        <source>Answered within:</source>
        <translation>Beantwortet binnen:</translation>
    </message>
    <message>
        <source>Max occupancy:</source>
        <translation>Max. Auslastung:</translation>
    </message>
    <message>
        <source>Erlang C (no abandonment)</source>
        <translation>Erlang C (o. Abbr.)</translation>
    </message>
    <message>
        <source>Erlang A (callers abandon)</source>
        <translation>Erlang A (m. Abbr.)</translation>
    </message>
    <message>
        <source>Mean time a caller waits before hanging up (Erlang A); estimate it with tessera-cli patience</source>
        <translation>Mittlere Wartezeit, bevor Anrufende auflegen (Erlang A); mit tessera-cli patience schätzen</translation>
    </message>
    <message>
        <source>answered within t / offered</source>
        <translation>in t / angeboten</translation>
    </message>
    <message>
        <source>answered within t / answered</source>
        <translation>in t / beantwortet</translation>
    </message>
    <message>
        <source>Whether abandoned contacts count as failures (offered) or are left out (answered)</source>
        <translation>Ob abgebrochene Kontakte als Fehlschlag zählen (angeboten) oder herausfallen (beantwortet)</translation>
    </message>
    <message>
        <source>Largest share of offered contacts that may abandon (Erlang A); 0 = none</source>
        <translation>Größter Anteil angebotener Kontakte, die abbrechen dürfen (Erlang A); 0 = keiner</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Chat (concurrent)</source>
        <translation>Chat (parallel)</translation>
    </message>
    <message>
        <source>Email / back office (deadline)</source>
        <translation>E-Mail / Backoffice (Frist)</translation>
    </message>
    <message>
        <source> chats per agent</source>
        <translation> Chat(s) je Agent</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Every contact must be handled within this time after it arrives</source>
        <translation>Jeder Kontakt muss innerhalb dieser Zeit nach Eingang bearbeitet sein</translation>
    </message>
    <message>
        <source>Average speed of answer target; 0 = none</source>
        <translation>Ziel für die durchschnittliche Antwortzeit (ASA); 0 = keines</translation>
    </message>
    <message>
        <source>Shrinkage not in a named category</source>
        <translation>Ausfallquote ohne benannte Kategorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Shrinkage %</source>
        <translation>Ausfallquote %</translation>
    </message>
    <message>
        <source>Named shrinkage categories; per-interval values come from PROBLEM.json</source>
        <translation>Benannte Ausfallkategorien; Werte je Intervall kommen aus PROBLEM.json</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Mean patience:</source>
        <translation>Mittlere Geduld:</translation>
    </message>
    <message>
        <source>SL counts:</source>
        <translation>SL zählt:</translation>
    </message>
    <message>
        <source>Max abandonment:</source>
        <translation>Max. Abbruchquote:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Concurrency:</source>
        <translation>Parallelität:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>ASA target:</source>
        <translation>ASA-Ziel:</translation>
    </message>
    <message>
        <source>Shrinkage (other):</source>
        <translation>Ausfallquote (sonstige):</translation>
    </message>
    <message>
        <source>per interval</source>
        <translation>je Intervall</translation>
    </message>
    <message>
        <source>Total shrinkage: %1 %</source>
        <translation>Gesamtausfallquote: %1 %</translation>
    </message>
    <message>
        <source>Total shrinkage: %1–%2 % by interval</source>
        <translation>Gesamtausfallquote: %1–%2 % je Intervall</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>Share of contacts answered within the answer time; none = staff for the ASA target or occupancy cap alone</source>
        <translation>Anteil der innerhalb der Antwortzeit beantworteten Kontakte; keine = nur nach ASA-Ziel oder Auslastungsgrenze planen</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SyncDialog</name>
    <message>
        <source>Sync with %1</source>
        <translation>Abgleich mit %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2, client id %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; bei %2, Client-ID %3</translation>
    </message>
    <message>
        <source>(none — see Connection Settings)</source>
        <translation>(keine — siehe Verbindungseinstellungen)</translation>
    </message>
    <message>
        <source>&amp;Load business units</source>
        <translation>Geschäftseinheiten &amp;laden</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> Woche(n)</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>Business unit:</source>
        <translation>Geschäftseinheit:</translation>
    </message>
    <message>
        <source>Management units:</source>
        <translation>Planungseinheiten:</translation>
    </message>
    <message>
        <source>Forecast from week:</source>
        <translation>Prognose ab Woche:</translation>
    </message>
    <message>
        <source>Forecast length:</source>
        <translation>Prognosedauer:</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>No dry run yet: the schedule is checked locally before anything is written.</source>
        <translation>Noch kein Probelauf: der Schichtplan wird lokal geprüft, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Export week to file…</source>
        <translation>Woche in Datei &amp;exportieren…</translation>
    </message>
    <message>
        <source>Week to publish:</source>
        <translation>Zu veröffentlichende Woche:</translation>
    </message>
    <message>
        <source>Offline edits since the last sync:</source>
        <translation>Offline-Änderungen seit dem letzten Abgleich:</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Changed since the dry run: run it again before publishing.</source>
        <translation>Seit dem Probelauf geändert: vor dem Veröffentlichen erneut ausführen.</translation>
    </message>
    <message>
        <source>Load the business units to choose what to pull.</source>
        <translation>Geschäftseinheiten laden, um auszuwählen, was abgerufen wird.</translation>
    </message>
    <message numerus="yes">
        <source>Will pull from %1 (%2, weeks start on %3):
• the agents of %4 — added to the roster as named agents (user id, name, skills and queues; contract “platform” for new ones);
• the activity codes (for publishing later);
• %n week(s) of 15-minute forecast from %5 — replaces the project&apos;s forecast, time zone and interval grid. One undo step reverts the whole pull.</source>
        <translation>
            <numerusform>Ruft ab von %1 (%2, Wochen beginnen am %3):
• die Agenten von %4 — als namentliche Agenten in den Dienstplan übernommen (Benutzer-ID, Name, Skills und Queues; Vertrag „platform“ für neue);
• die Aktivitätscodes (für das spätere Veröffentlichen);
• %n Woche 15-Minuten-Prognose ab %5 — ersetzt Prognose, Zeitzone und Intervallraster des Projekts. Ein Rückgängig-Schritt macht den ganzen Abruf rückgängig.</numerusform>
            <numerusform>Ruft ab von %1 (%2, Wochen beginnen am %3):
• die Agenten von %4 — als namentliche Agenten in den Dienstplan übernommen (Benutzer-ID, Name, Skills und Queues; Vertrag „platform“ für neue);
• die Aktivitätscodes (für das spätere Veröffentlichen);
• %n Wochen 15-Minuten-Prognose ab %5 — ersetzt Prognose, Zeitzone und Intervallraster des Projekts. Ein Rückgängig-Schritt macht den ganzen Abruf rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <source>no management unit</source>
        <translation>keine Planungseinheit</translation>
    </message>
    <message>
        <source>Never synced: every shift of the roster is new to the platform.</source>
        <translation>Nie abgeglichen: jede Schicht des Dienstplans ist für die Plattform neu.</translation>
    </message>
    <message>
        <source>None: the roster is as it was at the last sync.</source>
        <translation>Keine: der Dienstplan ist unverändert seit dem letzten Abgleich.</translation>
    </message>
    <message>
        <source>shift added</source>
        <translation>Schicht hinzugefügt</translation>
    </message>
    <message>
        <source>shift removed</source>
        <translation>Schicht entfernt</translation>
    </message>
    <message>
        <source>shift changed</source>
        <translation>Schicht geändert</translation>
    </message>
    <message>
        <source>Offline edits since the last sync (%1 agent-days):</source>
        <translation>Offline-Änderungen seit dem letzten Abgleich (%1 Agententage):</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Keine Verbindung: %1</translation>
    </message>
    <message>
        <source>Loading business units</source>
        <translation>Geschäftseinheiten werden geladen</translation>
    </message>
    <message>
        <source>Loading business units failed: %1</source>
        <translation>Laden der Geschäftseinheiten fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n business unit(s) found; %1.</source>
        <translation>
            <numerusform>%n Geschäftseinheit gefunden; %1.</numerusform>
            <numerusform>%n Geschäftseinheiten gefunden; %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot pull: %1</source>
        <translation>Abruf nicht möglich: %1</translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>Abruf läuft</translation>
    </message>
    <message>
        <source>Pull cancelled; the project is unchanged.</source>
        <translation>Abruf abgebrochen; das Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>Pull failed, the project is unchanged: %1</source>
        <translation>Abruf fehlgeschlagen, das Projekt ist unverändert: %1</translation>
    </message>
    <message>
        <source>Pulled %1 agents, %2 activity codes and %3 week(s) of forecast for %4 planning group(s) into the project (Edit ▸ Undo reverts it); %5.</source>
        <translation>%1 Agenten, %2 Aktivitätscodes und %3 Woche(n) Prognose für %4 Planungsgruppe(n) ins Projekt übernommen (Bearbeiten ▸ Rückgängig macht es rückgängig); %5.</translation>
    </message>
    <message>
        <source> The forecast moved the project to another interval grid, so the %1 roster shifts of the old grid were removed (also undone by Undo).</source>
        <translation> Die Prognose hat das Projekt auf ein anderes Intervallraster gesetzt, daher wurden die %1 Dienstplanschichten des alten Rasters entfernt (ebenfalls per Rückgängig wiederherstellbar).</translation>
    </message>
    <message>
        <source>Pull from %1</source>
        <translation>Abruf von %1</translation>
    </message>
    <message>
        <source>Pull forecast</source>
        <translation>Prognose abrufen</translation>
    </message>
    <message>
        <source>Pull agents</source>
        <translation>Agenten abrufen</translation>
    </message>
    <message>
        <source>Cannot check: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <source>The roster cannot be turned into a schedule: %1</source>
        <translation>Der Dienstplan lässt sich nicht in einen Schichtplan umwandeln: %1</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Dry run failed: %1</source>
        <translation>Probelauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1 — nothing blocks the publish.</source>
        <translation>%1 — nichts blockiert das Veröffentlichen.</translation>
    </message>
    <message>
        <source>%1 — warnings need your confirmation before publishing.</source>
        <translation>%1 — Warnungen müssen vor dem Veröffentlichen bestätigt werden.</translation>
    </message>
    <message>
        <source>%1 — &lt;b&gt;errors block the publish&lt;/b&gt;: fix them in the roster, then run the dry run again.</source>
        <translation>%1 — &lt;b&gt;Fehler blockieren das Veröffentlichen&lt;/b&gt;: im Dienstplan beheben, dann den Probelauf wiederholen.</translation>
    </message>
    <message>
        <source>Dry run of week %1: %2 agents, %3 shifts, ready to publish.</source>
        <translation>Probelauf für Woche %1: %2 Agenten, %3 Schichten, bereit zum Veröffentlichen.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run of week %1: %n error(s) block the publish.</source>
        <translation>
            <numerusform>Probelauf für Woche %1: %n Fehler blockiert das Veröffentlichen.</numerusform>
            <numerusform>Probelauf für Woche %1: %n Fehler blockieren das Veröffentlichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading agents and activity codes</source>
        <translation>Agenten und Aktivitätscodes werden gelesen</translation>
    </message>
    <message>
        <source>Reading the platform failed: %1</source>
        <translation>Lesen von der Plattform fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Publish with warnings?</source>
        <translation>Mit Warnungen veröffentlichen?</translation>
    </message>
    <message>
        <source>The dry run found warnings:

%1

Publish anyway?</source>
        <translation>Der Probelauf hat Warnungen gefunden:

%1

Trotzdem veröffentlichen?</translation>
    </message>
    <message>
        <source>Publish not started: the warnings were not confirmed.</source>
        <translation>Veröffentlichen nicht gestartet: die Warnungen wurden nicht bestätigt.</translation>
    </message>
    <message>
        <source>Cannot publish: %1</source>
        <translation>Veröffentlichen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Veröffentlichung läuft</translation>
    </message>
    <message>
        <source>Publish cancelled. Running it again resumes from the last finished chunk without doubling shifts.</source>
        <translation>Veröffentlichen abgebrochen. Ein erneuter Lauf setzt beim letzten fertigen Block fort, ohne Schichten doppelt anzulegen.</translation>
    </message>
    <message>
        <source>Publish stopped: %1
Running it again resumes without doubling shifts.</source>
        <translation>Veröffentlichen angehalten: %1
Ein erneuter Lauf setzt fort, ohne Schichten doppelt anzulegen.</translation>
    </message>
    <message>
        <source>Published week %1: %2 shifts added, %3 deleted, %4 kept, in %5 chunk(s); schedule version %6; %7.</source>
        <translation>Woche %1 veröffentlicht: %2 Schichten hinzugefügt, %3 gelöscht, %4 behalten, in %5 Block/Blöcken; Schichtplanversion %6; %7.</translation>
    </message>
    <message>
        <source>Export week</source>
        <translation>Woche exportieren</translation>
    </message>
    <message>
        <source>Schedule week (*.json)</source>
        <translation>Schichtplanwoche (*.json)</translation>
    </message>
    <message>
        <source>Exported %1 shifts to %2.</source>
        <translation>%1 Schichten nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TeamTableModel</name>
    <message>
        <source>Shift codes in this roster: %1</source>
        <translation>Schichtcodes in diesem Dienstplan: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TeamView</name>
    <message>
        <source>Add contract</source>
        <translation>Vertrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove contract</source>
        <translation>Vertrag entfernen</translation>
    </message>
    <message>
        <source>Add agent</source>
        <translation>Agent hinzufügen</translation>
    </message>
    <message>
        <source>Remove agent</source>
        <translation>Agent entfernen</translation>
    </message>
    <message>
        <source>Removes the selected agent and their shifts (undo with Ctrl+Z)</source>
        <translation>Entfernt den ausgewählten Agenten und seine Schichten (rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>Select the contract to remove.</source>
        <translation>Den zu entfernenden Vertrag auswählen.</translation>
    </message>
    <message>
        <source>Select the agent to remove.</source>
        <translation>Den zu entfernenden Agenten auswählen.</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Rules: hard, or soft at a price per unit</source>
        <translation>Regeln: hart, oder weich zu einem Preis je Einheit</translation>
    </message>
</context>
<context>
    <name>tessera::ui::WorkPlanModel</name>
    <message>
        <source>The project has no horizon yet: import a forecast to count shift variants.</source>
        <translation>Das Projekt hat noch keinen Planungszeitraum: eine Prognose importieren, um Schichtvarianten zu zählen.</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1′ paid</source>
        <translation>%1′ bezahlt</translation>
    </message>
    <message>
        <source>%1′</source>
        <translation>%1′</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>There is no such work plan.</source>
        <translation>Diesen Arbeitsplan gibt es nicht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a window (HH:mm-HH:mm).</source>
        <translation>&apos;%1&apos; ist kein Fenster (HH:mm-HH:mm).</translation>
    </message>
    <message>
        <source>Max / day is a count &gt;= 0, or empty for unlimited.</source>
        <translation>Max. / Tag ist eine Anzahl &gt;= 0 oder leer für unbegrenzt.</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Diese Spalte kann nicht bearbeitet werden.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::WorkPlanPreview</name>
    <message>
        <source>Select a work plan to see its shifts and break windows.</source>
        <translation>Einen Arbeitsplan auswählen, um seine Schichten und Pausenfenster zu sehen.</translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation>%1 bez.</translation>
    </message>
    <message>
        <source>earliest start</source>
        <translation>frühester Beginn</translation>
    </message>
    <message>
        <source>later starts</source>
        <translation>spätere Beginnzeiten</translation>
    </message>
    <message>
        <source>unpaid break window</source>
        <translation>Fenster unbezahlte Pause</translation>
    </message>
    <message>
        <source>paid break window</source>
        <translation>Fenster bezahlte Pause</translation>
    </message>
    <message>
        <source>evening +%1 %</source>
        <translation>Abend +%1 %</translation>
    </message>
    <message>
        <source>%1 min paid, starting %2–%3 after the shift start</source>
        <translation>%1 min bezahlt, Beginn %2–%3 nach Schichtbeginn</translation>
    </message>
    <message>
        <source>%1 min unpaid, starting %2–%3 after the shift start</source>
        <translation>%1 min unbezahlt, Beginn %2–%3 nach Schichtbeginn</translation>
    </message>
    <message>
        <source>, %1 min after the previous break</source>
        <translation>, %1 min nach der vorigen Pause</translation>
    </message>
    <message>
        <source>, in shifts of %1 or more</source>
        <translation>, in Schichten ab %1</translation>
    </message>
    <message>
        <source>Starts %1–%2 every %3 min (%4); cost %5 per paid hour.</source>
        <translation>Beginn %1–%2 alle %3 min (%4); Kosten %5 je bezahlter Stunde.</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
</context>
<context>
    <name>tessera::ui::WorkPlanView</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a work plan after the selected one</source>
        <translation>Einen Arbeitsplan nach dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Standard set</source>
        <translation>Standardsatz</translation>
    </message>
    <message>
        <source>Add early, day, late, night and part-time plans for a 24/7 center</source>
        <translation>Früh-, Tag-, Spät-, Nacht- und Teilzeitpläne für ein 24/7-Center hinzufügen</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Scheduled shifts and placed breaks (last solve)</source>
        <translation>Geplante Schichten und platzierte Pausen (letzte Lösung)</translation>
    </message>
    <message>
        <source>No work plans: Solve uses the shift catalog. Add one, or a standard set.</source>
        <translation>Keine Arbeitspläne: Lösen verwendet den Schichtkatalog. Einen hinzufügen oder einen Standardsatz.</translation>
    </message>
    <message numerus="yes">
        <source>%n work plan(s)</source>
        <translation>
            <numerusform>%n Arbeitsplan</numerusform>
            <numerusform>%n Arbeitspläne</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 shift variants on the %3-day horizon (%4-min intervals) · Solve uses the work plans</source>
        <translation>%1 · %2 Schichtvarianten im %3-Tage-Planungszeitraum (%4-min-Intervalle) · Lösen verwendet die Arbeitspläne</translation>
    </message>
    <message>
        <source>Add work plans and solve (F5): the shifts the model schedules appear here with the breaks it placed.</source>
        <translation>Arbeitspläne hinzufügen und lösen (F5): die Schichten, die das Modell plant, erscheinen hier mit den platzierten Pausen.</translation>
    </message>
    <message>
        <source>Solve (F5) to schedule shifts from the work plans and place their breaks.</source>
        <translation>Lösen (F5), um Schichten aus den Arbeitsplänen zu planen und ihre Pausen zu platzieren.</translation>
    </message>
    <message>
        <source>%1 agents&apos; shifts with %2 breaks placed (Aykin&apos;s implicit break model), %3%4. Solve ▸ Assign Agents rosters them with these break times.</source>
        <translation>Schichten von %1 Agenten mit %2 platzierten Pausen (implizites Pausenmodell nach Aykin); Status: %3%4. Lösen ▸ Agenten zuweisen teilt sie mit diesen Pausenzeiten ein.</translation>
    </message>
    <message>
        <source> — out of date: edited since</source>
        <translation> — veraltet: seitdem bearbeitet</translation>
    </message>
    <message>
        <source>Break rules of %1 (in time order)</source>
        <translation>Pausenregeln von %1 (in zeitlicher Reihenfolge)</translation>
    </message>
    <message>
        <source>Break rules</source>
        <translation>Pausenregeln</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n shift variant(s)</source>
        <translation>
            <numerusform>%1: %n Schichtvariante</numerusform>
            <numerusform>%1: %n Schichtvarianten</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Add work plan %1</source>
        <translation>Arbeitsplan %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n work plan(s)</source>
        <translation>
            <numerusform>%n Arbeitsplan duplizieren</numerusform>
            <numerusform>%n Arbeitspläne duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Add standard work plans</source>
        <translation>Standard-Arbeitspläne hinzufügen</translation>
    </message>
</context>
</TS>
