<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ChartsPane</name>
    <message numerus="yes">
        <source>{period} · %n mo</source>
        <translation>
            <numerusform>{period} · %n mo</numerusform>
            <numerusform>{period} · %n mo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{period} · %n yrs</source>
        <translation>
            <numerusform>{period} · %n yr</numerusform>
            <numerusform>{period} · %n yrs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n brief fields not yet written</source>
        <translation>
            <numerusform>%n brief field not yet written</numerusform>
            <numerusform>%n brief fields not yet written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n press questions without an answer or a record status</source>
        <translation>
            <numerusform>%n press question without an answer or a record status</numerusform>
            <numerusform>%n press questions without an answer or a record status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people without a name</source>
        <translation>
            <numerusform>%n person without a name</numerusform>
            <numerusform>%n people without a name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist items overdue</source>
        <translation>
            <numerusform>%n checklist item overdue</numerusform>
            <numerusform>%n checklist items overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message numerus="yes">
        <source>%n changes shown (scroll down for older ones)</source>
        <translation>
            <numerusform>%n change shown (scroll down for older ones)</numerusform>
            <numerusform>%n changes shown (scroll down for older ones)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes shown</source>
        <translation>
            <numerusform>%n change shown</numerusform>
            <numerusform>%n changes shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Understood as: {layout}. %n values, {frequency}{aggregated}, {first} to {last}; countries: {countries}.</source>
        <translation>
            <numerusform>Understood as: {layout}. %n value, {frequency}{aggregated}, {first} to {last}; countries: {countries}.</numerusform>
            <numerusform>Understood as: {layout}. %n values, {frequency}{aggregated}, {first} to {last}; countries: {countries}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramPane</name>
    <message numerus="yes">
        <source>Scenario: %n steps, {first}–{last}</source>
        <translation>
            <numerusform>Scenario: %n step, {first}–{last}</numerusform>
            <numerusform>Scenario: %n steps, {first}–{last}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationsPane</name>
    <message numerus="yes">
        <source>{shown} of %n recommendations</source>
        <translation>
            <numerusform>{shown} of %n recommendation</numerusform>
            <numerusform>{shown} of %n recommendations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummitDialog</name>
    <message numerus="yes">
        <source>Move the program&apos;s %n events by the same number of days</source>
        <translation>
            <numerusform>Move the program&apos;s %n event by the same number of days</numerusform>
            <numerusform>Move the program&apos;s %n events by the same number of days</numerusform>
        </translation>
    </message>
</context>
</TS>
