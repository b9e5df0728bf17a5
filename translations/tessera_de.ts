<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>%1 requests, %2 retries, %3 rate-limited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>unpaid break / meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request denied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message numerus="yes">
        <source>Delete %n shift(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n work plan(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1 of agent %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit work plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit break rule of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add break rule to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate break rule of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete break rule of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkPlans</name>
    <message>
        <source>Work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template id (unique)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays shifts may start on: Mon-Fri, Sat, Sun; empty = every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First start, local wall-clock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last start, local wall-clock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between start times (a multiple of the interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift lengths, h:mm or hours, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The break rules (edit them below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost / paid h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per paid hour (worked time plus paid breaks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium on the share of the shift in the evening window, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm-HH:mm; wraps past midnight when from &gt; to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium on the share of the shift on weekend days, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days paid the weekend premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max / day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most shifts of this plan starting on one day; empty = unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent groups that may work it; empty = every group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift variants this plan generates on the project&apos;s horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes (a multiple of the interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid breaks are off the phone but count as paid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h:mm after the shift start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least minutes between the previous break&apos;s end and this start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule applies to shifts at least this long (h:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s shift lengths that take this break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workforce planning for contact centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .tessera project or PROBLEM.json (default: the bundled sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solve, show the coverage, save a PNG of the window and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: the interval to select in the forecast table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: the tab to show (forecast, catalog, constraints, coverage, roster, workplans, team)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera</name>
    <message>
        <source>needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solve needs exactly one INPUT (PROBLEM.json, PROJECT.tessera or &apos;sample&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-calls needs one RECORDS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-forecast needs one CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs one INPUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in YYMMDD form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time H:MM:SS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval length %1 min does not divide a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window must be at least one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not AGENT, HANG or PHANTOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: a header row is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative; offered contacts must be &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s with %2 offered; AHT must be &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval %1 already appears on row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interval length %1 min (from the spacing of the starts) does not divide a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the %2-minute grid that starts at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) had no row and were filled with 0 offered (first: %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IANA time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not divide a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT must be &gt; 0 when contacts are offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 intervals but &apos;forecast&apos; has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside (0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside [0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside (0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not &quot;hard&quot; or &quot;soft&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing from the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break refers to a missing shift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous Bank, week of 7 Feb 1999 (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written as MPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown solve status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No shift in the catalog works %n interval(s) that need staff (%1). Add or extend a shift that covers them, or switch coverage to soft.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 required by the staffing floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The max counts of the shifts that work %n interval(s) (%1) allow fewer agents than needed (e.g. %2 allowed, %3). Raise max on those shifts, add shifts%4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> or lower the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Coverage needs a max headcount of at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max headcount %1 per day is too low to cover %2.%3 Raise it, or use soft coverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max part-time share %1 % leaves %2 uncovered: only part-time shifts can staff them within the other limits. Raise the share or add full-time shifts there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staffing floor of %1 agents cannot be met in %2 within the other limits. Lower the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift max counts, together with the other limits, leave %1 uncovered. Raise max on the shifts that work them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single limit explains it: the side constraints together leave %1 uncovered. Relax several of them, or use soft coverage to see the shortfall priced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing column (the header has: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty; a number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; a number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; an integer is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; a string is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a Tessera project (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no temporary folder to open it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be copied for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a Tessera project (unknown application id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a Tessera project or is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was written by a newer Tessera (schema %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no Tessera schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is inconsistent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written (rename failed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not divide a day into whole intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shift needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift id &apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift &apos;%1&apos; [%2, %3) is empty or starts outside the horizon of %4 intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift &apos;%1&apos; ends at %2, past the horizon of %3 intervals (set cyclic to wrap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift &apos;%1&apos; is longer than the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break [%1, %2) lies outside shift &apos;%3&apos; [%4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>penalties must be &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval length must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT %1 s with %2 offered contacts; AHT must be &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffic %1 Erlangs is not a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT %1 s with %2 Erlangs of traffic; AHT must be &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative interval count %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date-time (expected yyyy-MM-dd HH:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in time zone %2 (clocks jump forward: daylight-saving gap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not erlangC or erlangA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not offered or answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not voice, chat or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staffing needs one INPUT (forecast CSV, PROBLEM.json, .tessera or &apos;sample&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input has demand but no forecast to staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option for &apos;forecast&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast needs one HISTORY.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for &apos;forecast&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not apply to a back-test (--holdout-weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 intervals of %2 min are not whole weeks (%3 intervals each); the history must cover whole weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holding back %1 leaves no history (the file has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 s leaves %n interval(s) with calls at AHT 0 s (first %2, forecast AHT %3 s); an interval with calls needs AHT &gt; 0: use a smaller reduction</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>patience needs one RECORDS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seasonal naive method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the moving average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holt-Winters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 intervals; at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weeks; at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 intervals are not a whole number of seasons of %2 intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least %2 seasons (%3 intervals); the history has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a finite volume &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a finite AHT &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min does not divide a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 intervals; at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 intervals held back from a series of %2; need 1 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holding back %1 leaves %2 intervals, not a whole number of seasons of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of naive, ma, hw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not field=column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (interval_start, offered, aht_seconds, queue, observed_busy, abandoned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned counts were dropped: the target grid splits source intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs 7 values, Sunday first; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 values for %2 intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not &quot;offered&quot; or &quot;answered&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not &quot;erlangC&quot; or &quot;erlangA&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erlang A needs a mean patience &gt; 0 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not &quot;voice&quot;, &quot;chat&quot; or &quot;email&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chats per agent; at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an email queue needs a response deadline &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no forecast entry belongs to queue &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue &apos;%1&apos; already has interval %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue &apos;%1&apos; has no entry for interval %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue &apos;%1&apos; has %2 intervals, queue &apos;%3&apos; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue &apos;%1&apos; has %2 intervals, the project %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown staffing model or SL definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-interval shrinkage is out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue forecasts are out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s is too long for an exact Erlang A evaluation at this load; use infinity for no abandonment (Erlang C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a finite number &gt;= 0 of offered contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval length %1 s must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean patience %1 s must be &gt; 0 (infinity for no abandonment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s must be &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no staffing target: give a service level, an abandonment cap, an ASA cap or an occupancy cap below 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no staffing up to %1 agents meets the targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 — why %2 agents?&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Inputs&lt;/b&gt;: %1 offered contacts, AHT %2 s, interval %3 s.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Workload&lt;/b&gt; A = offered × AHT / interval = %1 × %2 / %3 = &lt;b&gt;%4 Erlangs&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Email / back office&lt;/b&gt;: each contact must be handled within %1 min of arriving; its work is spread evenly over that window, so the agents needed now are the work of every window that covers this interval divided by the interval length: &lt;b&gt;%2 net agents&lt;/b&gt;. No queue: no SL or ASA.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SL ≥ %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASA ≤ %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupancy ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandonment ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Erlang A&lt;/b&gt; (M/M/n+M; Garnett, Mandelbaum &amp;amp; Reiman 2002): callers hang up after an exponential patience with mean %1 s; SL counts %2. The smallest n with %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered within t over offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered within t over answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Erlang C&lt;/b&gt; (M/M/n; Gans, Koole &amp;amp; Mandelbaum 2003, §4.1): the smallest n with %1. C(n, A) = n·B / (n − A(1 − B)) with Erlang B from its stable series (Jagerman 1974); SL = 1 − C·e&lt;sup&gt;−(n−A)t/AHT&lt;/sup&gt;; ASA = C·AHT / (n − A).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;th&gt;abandon&lt;/th&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Chat&lt;/b&gt;: %1 chat slots needed; each agent works %2 chats at once, so net agents = %1 / %2 = &lt;b&gt;%3&lt;/b&gt; (not rounded).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Net agents&lt;/b&gt; = n = &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Shrinkage&lt;/b&gt;: %1 = %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Required&lt;/b&gt; = net / (1 − shrinkage) = %1 / (1 − %2) = &lt;b&gt;%3 agents&lt;/b&gt; to schedule (Cleveland 2012, ch. 6).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Scheduled&lt;/b&gt;: %1 agents → %2 available after shrinkage → </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupancy %1, capacity covers %2 of the work.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 servers: SL %2, ASA %3 s, occupancy %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total shrinkage %1 in interval %2 is outside [0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster needs one INSTANCE file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known instance format (curtois, retail, shiftdesign, tessera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known method (lns, mip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable %1 holds no client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --week (a project is built over the forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync publish needs one WEEK.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync pull takes no file argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;pull&apos; or &apos;publish&apos;, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster --format tessera needs one PROBLEM.json file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known method (auto, mip, lns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agents to roster; add a roster object or pass --sample-team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not implicit, aggregated or explicit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a weekday &quot;Mon&quot; … &quot;Sun&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; required agents per interval are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; a list of shift lengths (minutes) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected minutes (an integer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either &apos;demand&apos;, &apos;forecast&apos; or &apos;skills&apos; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; a shift catalog or &apos;templates&apos; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected [start, end] intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 (Monday) … 7 (Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekdays are 1 (Monday) … 7 (Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate contract &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be −1 (no limit) or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeds maxMinutesPerWeek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of code → count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a count ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected [first code, next code] pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty or duplicate agent id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contract &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days are 0 … %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 (every day) or 1 (Monday) … 7 (Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes after midnight are 0 … 1439</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must lie after fromMinutes, at most 2880 (midnight of the next day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agent &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift [%1, %2) is empty or outside the horizon of %3 intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break [%1, %2) lies outside its shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of rule → {hard, weight}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed shift %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a placed break refers to a missing shift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a break of placed shift %1 lies outside the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored roster is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged definition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skill requirements are out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must divide a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift [%1, %2) is empty or outside the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a break lies outside its shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: shifts overlap on day %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 min rest before day %3&apos;s shift, contract needs %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 on day %3 after %4 the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: two shifts on day %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: works on fixed day off %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks skill %2 (day %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: shift %2 on day %3 lies outside their availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 shifts %3, contract allows %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 min in week %3, contract allows %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 min in week %3, contract needs %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 min, contract allows %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 min, contract needs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 weekends worked, contract allows %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 consecutive working days from day %3, contract allows %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 day(s) off from day %3, contract needs %4 in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 intervals, the horizon %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roster solver needs a weekend of two consecutive days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many ranked shift-on requests to break ties by seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift %1 lies outside the roster&apos;s %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; the line has %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty; a whole number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1 is outside the horizon of %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown shift &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown staff member &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields; %2 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate section (first on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data before the first SECTION_ line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly one line with the number of days is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shift types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate shift &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate staff member &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not of the form ShiftID=number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cover for day %1, shift &apos;%2&apos; is already given on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed on %1 contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 agent(s) on contract %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 agent(s) with skill %2 (contract %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max consecutive days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max working weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max paid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min consecutive days off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 for %n agent(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>makes the roster feasible</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>staffs %n more scheduled shift(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>removes %1 under-covered agent-intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer in [%2, %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section appears twice (first on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data before the first SECTION_ header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold exactly one number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty staff id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below MinTotalMinutes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HH:MM-HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one 15-minute interval on the quarter-hour grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1 %2 lies outside the horizon (06:00 on day 1 to 06:00 on day %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below Min %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cover for this interval and task is already given on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; the file must define it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative; weights must be &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array [ … ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 values; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an integer in [%2, %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;name = value;&apos;, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array must end with &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defined again with a different value (first on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes do not divide a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift type %1 ends its start window (%2) before it opens (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift type %1 has maxLength %2 &lt; minLength %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The solver prices the minutes over or short on the whole horizon (weeks × the weekly limit), never more than the validator&apos;s weekly sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The solver makes an agent&apos;s successions soft only when minRest and forbiddenSuccession are both soft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two shifts of one agent overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two shifts start on the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift starts on the agent&apos;s fixed day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent lacks the shift&apos;s skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift lies outside the agent&apos;s availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little rest between two consecutive shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift code the contract forbids the day after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More shifts of one code than the contract allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer paid minutes in a full week than the contract needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More paid minutes in a full week than the contract allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer paid minutes over the horizon than the contract needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More paid minutes over the horizon than the contract allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many working days in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few days off in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The solver prices each run of days off that is too short (the same when the minimum is 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More weekends worked than the contract allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekend over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contract needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below -1 (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a window like &apos;Mon 08:00-16:00&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a weekday (Mon … Sun, or Daily)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a time that is not on the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a day number nor a date (yyyy-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the roster has no calendar start, use day numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside the horizon (days 1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roster has %1 staff × %2 days; the instance %3 × %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff %1, day %2: shift index %3 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works shift %2 on day %3, a fixed day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works shift %2 on day %3, outside their availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works %2 on day %3 after %4 on day %5; %2 may not follow %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works %2 shifts %3, more than %4 (from day %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works %2 minutes, more than %3 (from day %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works %2 minutes, fewer than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works %2 days in a row from day %3; at most %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works only %2 days in a row from day %3; at least %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only %2 days off in a row from day %3; at least %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works %2 weekends, more than %3 (from day %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff member &apos;%1&apos; already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days given; the horizon has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no line for staff member &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template id &apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a start on the %2-min grid within the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest start %1 is before the earliest start %2 or not within the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min is not a positive multiple of the %2-min interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a weekday (1 = Monday … 7 = Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template needs at least one shift length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min is not a positive multiple of the %2-min interval up to 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break times must be non-negative multiples of the %1-min interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest start %1 min is before the earliest start %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break window (start %1–%2 min, %3 min long) lies outside the %4-min shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a %1-min shift this break cannot start within its window after the previous break and gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost and premiums must be &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evening window must be times of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template expansion covers horizons of 1 to 6 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one skill with a demand is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one agent group is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skill names must be unique and non-empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 intervals; the horizon has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group names must be unique and non-empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has no skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown skill &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown group &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No template shift of a group with skill &apos;%1&apos; spans %n interval(s) that need it (%2%3). Widen the templates&apos; start times or lengths, or use soft coverage.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no target: give an SL target in (0, 1), an ASA target or an occupancy cap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::rostering::RosterJob</name>
    <message numerus="yes">
        <source>Rostering %n agent(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pricing relaxation %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::AgentModel</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = most senior: breaks ties where requests collide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed days off: day numbers of the horizon (1 = first day) or dates yyyy-mm-dd, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the agent may work, e.g. &apos;Mon 08:00-16:00, Tue 10:00-18:00&apos; (&apos;Daily&apos; for every day; empty = always). A day without a window of its own is unrestricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agent needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another agent is already called &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contract is called &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::BreakRuleModel</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such break rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::ConnectionDialog</name>
    <message>
        <source>Platform Connection Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. http://127.0.0.1:8085 for tessera-platform-sim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the stored secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain only — never in the project or the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id (client credentials grant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n business unit(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret cannot be stored in the system keychain (%1).

Use it for this session only? It will not be saved anywhere and must be entered again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::ConstraintsWidget</name>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most shifts that may start on one day (the day&apos;s headcount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents on duty in every interval with demand, whatever the forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest share of scheduled shifts that may be part-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard: cover every interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft: price under-staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of one missing agent for one interval (soft coverage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of one extra agent for one interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max headcount per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum staffing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max part-time share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under-staffing penalty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-staffing penalty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties are per agent per interval, in the same currency as shift costs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::ContractModel</name>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min
min/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max
min/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min
min/period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max
min/period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max days
in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min days off
in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max
weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min rest
(min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract&apos;s id, as agents refer to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid minutes at least in each full week of the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid minutes at most in each full week (0 = no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid minutes at least over the whole horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid minutes at most over the whole horizon (0 = no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days in a row at most (0 = no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off in a row at least, for runs inside the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekends worked at most (-1 = no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of rest at least between the end of one shift and the start of the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent has this contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another contract is already called &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1 is kept: agents %2 use it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::CoverageChart</name>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under-staffed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-staffed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled (out of date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed busy agents (history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SL below target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::ForecastChart</name>
    <message>
        <source>Offered contacts per interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net agents (Erlang A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net agents (Erlang C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinkage: other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinkage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::ForecastDialog</name>
    <message>
        <source>Forecast from history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous Bank, Feb 1999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled four weeks of real call records, 1–28 February 1999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving average of the same interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonal naive (same interval last week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holt–Winters, weekly season (fitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s AHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving average over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as project forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local times in the file are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot use this history:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 intervals of %3 min from %4 (%5 weeks), %6 offered contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Back-test not possible:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Held-back %n week(s): WAPE %1 %, MAPE %2 % (offered volume).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-back intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the what-if leaves an interval with contacts at AHT 0 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot apply:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::ForecastModel</name>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload (Erl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASA (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A = offered × AHT / interval seconds = %1 × %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest n with Erlang C SL(n) ≥ %1 % in %2 s (Erlang C, Gans–Koole–Mandelbaum 2003 §4.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net / (1 − shrinkage) = %1 / (1 − %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved SL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved ASA (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erlang A with %1 servers, mean patience %2 s (Garnett, Mandelbaum &amp; Reiman 2002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erlang C with %1 servers: SL = 1 − C·e^(−(n−A)t/AHT), ASA = C·AHT/(n−A), occupancy = A/n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the scheduled agents less shrinkage (Erlang C); select the row for the full computation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts offered to agents in the interval (forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average handle time of the interval&apos;s contacts, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: agents busy on contacts on average (Σ handle seconds inside the interval / interval seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents on duty in the last solution, all queues together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::ImportForecastDialog</name>
    <message>
        <source>Import forecast CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds each field? Rows of several queues are added up; intervals of another length are resampled to the project&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval start (local time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT (seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue / skill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed busy agents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::MainWindow</name>
    <message>
        <source>Forecast &amp;&amp; staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solve finished: %1, objective %2 in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Forecast CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Problem JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Result JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tessera %1&lt;/b&gt;&lt;br&gt;Workforce-management planning workstation for contact centers.&lt;br&gt;Staffing by Erlang C, shift scheduling with COIN-OR CBC, charts with QCustomPlot.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraints and coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents per shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No solution yet. Press &lt;b&gt;Solve&lt;/b&gt; (F5).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Status:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;No schedule: see the diagnosis.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellspacing=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Status&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Objective&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift cost&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4 (%5 shifts)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Best bound / gap&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%6 / %7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Required&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%8 agent-hours&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Under-staffed&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%9 agent-hours (%10 %)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Over-staffed&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%11 agent-hours (%12 %)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Solve time&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%13 s&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — &lt;i&gt;out of date: edited since&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project: import a forecast CSV (File ▸ Import Forecast CSV…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera projects (*.tessera);;Problem JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera projects (*.tessera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import forecast CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import forecast %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n interval(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; the horizon changed, so a default shift catalog was generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no result yet: solve first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no horizon yet: import a forecast first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n shift(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Forecast from History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each queue (skill or channel) has its own forecast and target; the coverage chart schedules for their sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;small&gt;Required = net / (1 − shrinkage), where net is the smallest number of agents n meeting the targets (Erlang C: SL(n) = 1 − C(n, A)·e&lt;sup&gt;−(n−A)t/AHT&lt;/sup&gt;; Erlang A adds abandonment), A = offered × AHT / interval length. Select an interval for the full computation.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an interval to see why it needs the staff it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Staffing cannot be computed:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resampled to %1-minute intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> for %n queue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Work plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster the project&apos;s agents onto the scheduled shifts (CBC), with ranked relaxations when shifts stay unstaffed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solve the shift schedule first (F5): agents are rostered onto its shifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last result has no shifts to roster: solve again (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning agents… %1 % %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roster meets the hard rules: see the ranked relaxations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roster found within the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign agents (sample team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agents rostered in %2 s: %3 scheduled shift(s) unstaffed, %4 extra%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the project had no agents: a sample team was made up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply relaxation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1 (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::PlacedShiftModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks placed by the solver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::ProjectDocument</name>
    <message>
        <source>Queue %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::RelaxationPanel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaxation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#6b727a&apos;&gt;When a roster solve cannot meet every rule, the rules to relax appear here, ranked by how much they would gain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::RosterCoverageChart</name>
    <message>
        <source>agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::RosterGridDelegate</name>
    <message>
        <source>(off)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::RosterGridModel</name>
    <message>
        <source>%1: %2 agent-hours on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to work %1 (weight %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests not to work %1 (weight %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty (agent-h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required (agent-h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short (agent-h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
Contract %3, skills %4, seniority %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shift has code %1; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::RosterStatsModel</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid hours over the horizon (unpaid breaks excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekends worked (the site&apos;s weekend days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening shifts: starting at or after 18:00 or ending after 22:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard rule violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft rule violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wknd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Req ✔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Req ✘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::RosterTimeline</name>
    <message>
        <source>Agent timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move shift %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move shift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize shift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move break of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off (remove the shift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
Contract %3, skills %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Drag to move, drag an edge to resize, drag a break to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fixed day off on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to work %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests not to work %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roster yet: generate or solve one, or import agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::RosterView</name>
    <message>
        <source>Roster grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaxations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b01010&apos;&gt;Roster cannot be checked:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No roster&lt;/b&gt;&lt;br&gt;The project has no named agents yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1b7a2e&apos;&gt;✔ Valid roster&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#b01010&apos;&gt;✖ %n hard violation(s)&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, &lt;b style=&apos;color:#9a6500&apos;&gt;%n soft&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;table cellspacing=2 style=&apos;margin-top:4px&apos;&gt;&lt;tr&gt;&lt;td&gt;Objective&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Coverage penalty&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Short / over&lt;/td&gt;&lt;td align=right&gt;%3 / %4 agent-h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Requests / soft rules&lt;/td&gt;&lt;td align=right&gt;%5 / %6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Spread weekends / evenings&lt;/td&gt;&lt;td align=right&gt;%7 / %8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (hard rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (soft rule: %1 unit(s) priced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No violations: every rule of every contract is met.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::RuleModel</name>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (per unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always hard: the rostering model never lets a roster break &quot;%1&quot; (solveAgentRoster keeps it hard), so it has no weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. When soft, each %2 costs the weight; the solver prices the slack at that weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard (always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1, field &apos;weight&apos;: &apos;%2&apos; is not a number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::ShiftCatalogModel</name>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break at (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n break(s); the table edits the first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another shift is already called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid day or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an interval start inside the horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length must be a positive multiple of %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The break must start on a multiple of %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The break length must be a multiple of %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost must be a number &gt;= 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max is a count &gt;= 0, or -1 for unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::SolverPanel</name>
    <message>
        <source>Optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feasible (within gap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infeasible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the solver and keep the best solution found so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when the relative gap between incumbent and best bound is at most this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incumbent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best bound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot solve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solve the shift set-covering model with COIN-OR CBC (F5); with work plans, the template model that also places the breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solving work plans…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::SolverProgressChart</name>
    <message>
        <source>Incumbent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::StaffingParamsWidget</name>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer-time threshold of the service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy cap: traffic / agents must not exceed this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max occupancy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erlang C (no abandonment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erlang A (callers abandon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time a caller waits before hanging up (Erlang A); estimate it with tessera-cli patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered within t / offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered within t / answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether abandoned contacts count as failures (offered) or are left out (answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest share of offered contacts that may abandon (Erlang A); 0 = none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat (concurrent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email / back office (deadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> chats per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contact must be handled within this time after it arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average speed of answer target; 0 = none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinkage not in a named category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinkage %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named shrinkage categories; per-interval values come from PROBLEM.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean patience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SL counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max abandonment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASA target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinkage (other):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total shrinkage: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total shrinkage: %1–%2 % by interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of contacts answered within the answer time; none = staff for the ASA target or occupancy cap alone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::SyncDialog</name>
    <message>
        <source>Sync with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2, client id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none — see Connection Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load business units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast from week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dry run yet: the schedule is checked locally before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export week to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week to publish:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline edits since the last sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the dry run: run it again before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the business units to choose what to pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Will pull from %1 (%2, weeks start on %3):
• the agents of %4 — added to the roster as named agents (user id, name, skills and queues; contract “platform” for new ones);
• the activity codes (for publishing later);
• %n week(s) of 15-minute forecast from %5 — replaces the project&apos;s forecast, time zone and interval grid. One undo step reverts the whole pull.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no management unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced: every shift of the roster is new to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the roster is as it was at the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline edits since the last sync (%1 agent-days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading business units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading business units failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n business unit(s) found; %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot pull: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull cancelled; the project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull failed, the project is unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled %1 agents, %2 activity codes and %3 week(s) of forecast for %4 planning group(s) into the project (Edit ▸ Undo reverts it); %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The forecast moved the project to another interval grid, so the %1 roster shifts of the old grid were removed (also undone by Undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster cannot be turned into a schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — nothing blocks the publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — warnings need your confirmation before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — &lt;b&gt;errors block the publish&lt;/b&gt;: fix them in the roster, then run the dry run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of week %1: %2 agents, %3 shifts, ready to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run of week %1: %n error(s) block the publish.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading agents and activity codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the platform failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish with warnings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run found warnings:

%1

Publish anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish not started: the warnings were not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot publish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish cancelled. Running it again resumes from the last finished chunk without doubling shifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish stopped: %1
Running it again resumes without doubling shifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published week %1: %2 shifts added, %3 deleted, %4 kept, in %5 chunk(s); schedule version %6; %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule week (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 shifts to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::TeamView</name>
    <message>
        <source>Add contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected agent and their shifts (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the contract to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the agent to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: hard, or soft at a price per unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::WorkPlanModel</name>
    <message>
        <source>The project has no horizon yet: import a forecast to count shift variants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1′ paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1′</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such work plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a window (HH:mm-HH:mm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max / day is a count &gt;= 0, or empty for unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::WorkPlanPreview</name>
    <message>
        <source>Select a work plan to see its shifts and break windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earliest start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaid break window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid break window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evening +%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min paid, starting %2–%3 after the shift start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min unpaid, starting %2–%3 after the shift start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 min after the previous break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, in shifts of %1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts %1–%2 every %3 min (%4); cost %5 per paid hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::WorkPlanView</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a work plan after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add early, day, late, night and part-time plans for a 24/7 center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled shifts and placed breaks (last solve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work plans: Solve uses the shift catalog. Add one, or a standard set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work plan(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 shift variants on the %3-day horizon (%4-min intervals) · Solve uses the work plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add work plans and solve (F5): the shifts the model schedules appear here with the breaks it placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solve (F5) to schedule shifts from the work plans and place their breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agents&apos; shifts with %2 breaks placed (Aykin&apos;s implicit break model), %3%4. Solve ▸ Assign Agents rosters them with these break times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — out of date: edited since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break rules of %1 (in time order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n shift variant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add work plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n work plan(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add standard work plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::rosterstyle</name>
    <message>
        <source>any skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; unpaid break %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; paid break %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
