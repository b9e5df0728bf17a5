<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Undo Commands</name>
    <message numerus="yes">
        <source>Delete %n shift(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>With --screenshot: the tab to show (forecast, catalog, constraints, coverage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: the interval to select in the forecast table</source>
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
        <source>either &apos;demand&apos; or &apos;forecast&apos; is required</source>
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
        <source>missing; the shift catalog is required</source>
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
        <source>expected an array</source>
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
</context>
<context>
    <name>tessera::ui::ProjectDocument</name>
    <message>
        <source>Queue %1</source>
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
        <source>Solve the shift set-covering model with COIN-OR CBC (F5)</source>
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
        <source>Share of offered contacts answered within the answer time (Erlang C)</source>
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
</context>
</TS>
