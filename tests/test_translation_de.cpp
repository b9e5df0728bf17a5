// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation (translations/tessera_de.ts, compiled by lrelease to tessera_de.qm and
// embedded in tessera as :/i18n/tessera_de.qm): known context/source pairs come out in German,
// plural forms follow the count, core messages reach the translator under the context they use at
// run time, and every finished translation keeps its source's placeholders, accelerator and HTML
// tags (read from the .ts with QXmlStreamReader).
#include "core/error.h"
#include "core/io/jsonreader.h"
#include "core/staffing/explain.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace tessera;

namespace {
const QString tsPath = QStringLiteral(TESSERA_SOURCE_DIR "/translations/tessera_de.ts");

/// %1 … %99, %L1 … and %n, as QString::arg() and tr(…, n) read them; "%" followed by anything
/// else (a literal "80 %", "% volume") is text.
QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[1-9][0-9]?|n)"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured();
    out.sort();
    out.removeDuplicates();
    return out;
}

/// The accelerator marks of a menu or button text: "&" before a character, not "&&" (a literal
/// ampersand) nor an HTML entity such as "&amp;".
int accelerators(QString s)
{
    static const QRegularExpression entity(QStringLiteral("&(?:[a-zA-Z]+|#[0-9]+);"));
    s.remove(QStringLiteral("&&"));
    s.remove(entity);
    return int(s.count(QLatin1Char('&')));
}

/// The sequence of HTML tag names (<b>, </td>, …) the translation must reproduce.
QStringList tags(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured().toLower();
    return out;
}

struct TsMessage {
    QString context, source;
    QStringList forms; ///< one translation, or the numerus forms
    bool finished = false;
    bool numerus = false;
    qint64 line = 0;
};

std::vector<TsMessage> readTs(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    std::vector<TsMessage> out;
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message") {
            m = TsMessage{context, {}, {}, false, xml.attributes().value(QLatin1String("numerus")) == u"yes", xml.lineNumber()};
        } else if (name == u"source")
            m.source = xml.readElementText();
        else if (name == u"translation") {
            const auto type = xml.attributes().value(QLatin1String("type"));
            m.finished = type.isEmpty();
            if (!m.numerus)
                m.forms << xml.readElementText();
            else {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText(); // <numerusform>
            }
            if (type != u"obsolete" && type != u"vanished")
                out.push_back(m);
        }
    }
    if (xml.hasError())
        qFatal("%s:%lld: %s", qPrintable(path), xml.lineNumber(), qPrintable(xml.errorString()));
    return out;
}
} // namespace

class TestTranslationDe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void translates_data();
    void translates();
    void pluralFollowsCount_data();
    void pluralFollowsCount();
    void coreMessagesUseTheirRuntimeContext();
    void menuAcceleratorsAreUnique_data();
    void menuAcceleratorsAreUnique();
    void everyTranslationKeepsItsMarkup();

private:
    QTranslator m_translator;
};

void TestTranslationDe::initTestCase()
{
    QVERIFY2(m_translator.load(QStringLiteral(TESSERA_DE_QM)), TESSERA_DE_QM);
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    QCOMPARE(m_translator.language(), QStringLiteral("de_DE"));
}

void TestTranslationDe::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestTranslationDe::translates_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("german");
    // Tab titles, menus, headers: the WFM terms a German planner expects.
    QTest::newRow("tab roster") << "tessera::ui::MainWindow" << "Roster" << "Dienstplan";
    QTest::newRow("tab work plans") << "tessera::ui::MainWindow" << "Work plans" << "Arbeitspläne";
    QTest::newRow("tab forecast (literal &&)") << "tessera::ui::MainWindow" << "Forecast && staffing" << "Prognose && Bedarf";
    QTest::newRow("menu file") << "tessera::ui::MainWindow" << "&File" << "&Datei";
    QTest::newRow("required") << "tessera::ui::CoverageChart" << "Required" << "Bedarf";
    QTest::newRow("under-staffed") << "tessera::ui::CoverageChart" << "Under-staffed" << "Unterdeckung";
    QTest::newRow("shrinkage") << "tessera::ui::ForecastChart" << "Shrinkage" << "Ausfallquote";
    QTest::newRow("occupancy") << "tessera::ui::ForecastModel" << "Occupancy" << "Auslastung";
    QTest::newRow("seniority header") << "tessera::ui::AgentModel" << "Seniority" << "Dienstalter";
    QTest::newRow("management units") << "tessera::ui::SyncDialog" << "Management units:" << "Planungseinheiten:";
    QTest::newRow("status infeasible") << "tessera::ui::SolverPanel" << "Infeasible" << "Unzulässig";
    QTest::newRow("CLI help") << "main" << "Workforce planning for contact centers" << "Personaleinsatzplanung für Contact Center";
    // Placeholders stay where German grammar wants them.
    QTest::newRow("placeholders kept") << "tessera::ui::ForecastModel" << "%1 minutes from %2 (%3)" << "%1 Minuten ab %2 (%3)";
    QTest::newRow("core error") << "tessera" << "interval %1 already appears on row %2" << "Intervall %1 steht schon in Zeile %2";
    QTest::newRow("contract header (newline)") << "tessera::ui::ContractModel" << "Max days\nin a row" << "Max. Tage\nin Folge";
    // A source the translation does not know stays English (no fallback to a wrong context).
    QTest::newRow("unknown context") << "NoSuchContext" << "Roster" << "Roster";
}

void TestTranslationDe::translates()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, german);
    QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()), german);
}

void TestTranslationDe::pluralFollowsCount_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("german");
    QTest::newRow("1 shift") << "Undo Commands" << "Delete %n shift(s)" << 1 << "1 Schicht löschen";
    QTest::newRow("3 shifts") << "Undo Commands" << "Delete %n shift(s)" << 3 << "3 Schichten löschen";
    QTest::newRow("0 shifts") << "Undo Commands" << "Delete %n shift(s)" << 0 << "0 Schichten löschen";
    QTest::newRow("1 work plan") << "tessera::ui::WorkPlanView" << "%n work plan(s)" << 1 << "1 Arbeitsplan";
    QTest::newRow("2 work plans") << "tessera::ui::WorkPlanView" << "%n work plan(s)" << 2 << "2 Arbeitspläne";
    QTest::newRow("1 interval imported") << "tessera::ui::MainWindow" << "Imported %n interval(s)" << 1 << "1 Intervall importiert";
    QTest::newRow("96 intervals imported") << "tessera::ui::MainWindow" << "Imported %n interval(s)" << 96 << "96 Intervalle importiert";
}

void TestTranslationDe::pluralFollowsCount()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, german);
    QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData(), nullptr, n), german);
}

// Messages built in core go through Tr::tr (context "tessera"); lupdate must file them there, or
// the German text exists in the .ts but never reaches the user.
void TestTranslationDe::coreMessagesUseTheirRuntimeContext()
{
    const nlohmann::json j = nlohmann::json::parse(R"({"demand": 5})");
    const io::Reader r(j, QStringLiteral("PROBLEM.json"), QString());
    try {
        r.array("demand");
        QFAIL("a number where an array belongs must be rejected");
    } catch (const InputError &e) {
        QCOMPARE(e.field(), QStringLiteral("demand"));
        QCOMPARE(e.reason(), QStringLiteral("Array erwartet"));
    }

    // "Why this number?" for 21 calls of 235 s in 30 min (A = 21 × 235 / 1800 = 2.742 Erlangs).
    const std::vector<ForecastInterval> forecast{{21.0, 235.0}};
    const QString html = explainRequirement(forecast, 0, 30, StaffingParams{}, QStringLiteral("So 20:00"),
                                            std::numeric_limits<double>::quiet_NaN());
    QVERIFY2(html.contains(QStringLiteral("<b>Arbeitslast</b>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<th>Auslastung</th>")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("occupancy")), qPrintable(html));
}

void TestTranslationDe::menuAcceleratorsAreUnique_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QStringList>("entries");
    const QString mw = QStringLiteral("tessera::ui::MainWindow");
    QTest::newRow("menu bar") << mw << QStringList{"&File", "&Edit", "&Solve", "&Platform", "&Help"};
    QTest::newRow("File") << mw
                          << QStringList{"&New", "&Open…", "Open &Recent", "Open &Sample Project", "&Save", "Save &As…",
                                         "&Import Forecast CSV…", "&Forecast from History…", "Export &Problem JSON…",
                                         "Export &Result JSON…", "&Quit"};
    QTest::newRow("Edit") << mw << QStringList{"&Undo", "&Redo"};
    QTest::newRow("Solve") << mw << QStringList{"&Solve", "&Cancel Solve", "&Assign Agents"};
    QTest::newRow("Platform") << mw << QStringList{"&Connection Settings…", "&Sync…"};
    QTest::newRow("Sync dialog buttons")
        << QStringLiteral("tessera::ui::SyncDialog")
        << QStringList{"&Load business units", "&Pull", "&Dry run", "P&ublish", "&Export week to file…", "&Cancel"};
}

void TestTranslationDe::menuAcceleratorsAreUnique()
{
    QFETCH(QString, context);
    QFETCH(QStringList, entries);
    QHash<QChar, QString> seen;
    for (const QString &e : entries) {
        const QString de = QCoreApplication::translate(context.toUtf8().constData(), e.toUtf8().constData());
        QVERIFY2(de != e, qPrintable(e + QStringLiteral(" is not translated")));
        const qsizetype at = de.indexOf(QLatin1Char('&'));
        QVERIFY2(at >= 0 && at + 1 < de.size(), qPrintable(de + QStringLiteral(" has no accelerator")));
        const QChar key = de.at(at + 1).toLower();
        QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("'%1' and '%2' share &%3").arg(seen.value(key), de).arg(key)));
        seen.insert(key, de);
    }
}

void TestTranslationDe::everyTranslationKeepsItsMarkup()
{
    const std::vector<TsMessage> messages = readTs(tsPath);
    QVERIFY(messages.size() > 1000);
    int finished = 0;
    QStringList unfinished;
    for (const TsMessage &m : messages) {
        const QString where = QStringLiteral("%1:%2 [%3] \"%4\"").arg(tsPath).arg(m.line).arg(m.context, m.source);
        if (!m.finished) {
            unfinished << where;
            continue;
        }
        ++finished;
        QVERIFY2(m.forms.size() == (m.numerus ? 2 : 1), qPrintable(where + QStringLiteral(": German has two plural forms")));
        for (const QString &t : m.forms) {
            QVERIFY2(!t.isEmpty(), qPrintable(where + QStringLiteral(": empty translation")));
            QVERIFY2(placeholders(t) == placeholders(m.source),
                     qPrintable(where + QStringLiteral(": placeholders %1 in \"%2\"").arg(placeholders(t).join(QLatin1Char(',')), t)));
            QVERIFY2(accelerators(t) == accelerators(m.source), qPrintable(where + QStringLiteral(": accelerator in \"%1\"").arg(t)));
            QVERIFY2(tags(t) == tags(m.source), qPrintable(where + QStringLiteral(": HTML tags in \"%1\"").arg(t)));
            QVERIFY2(t.startsWith(QLatin1Char(' ')) == m.source.startsWith(QLatin1Char(' '))
                         && t.endsWith(QLatin1Char(' ')) == m.source.endsWith(QLatin1Char(' ')),
                     qPrintable(where + QStringLiteral(": leading/trailing space of a fragment in \"%1\"").arg(t)));
        }
    }
    // New strings appear unfinished after update_translations until someone translates them; they
    // are listed, not failed, so adding a tr() does not break the build for non-German speakers.
    if (!unfinished.isEmpty())
        qWarning("%lld unfinished German translation(s):\n%s", qlonglong(unfinished.size()), qPrintable(unfinished.join(QLatin1Char('\n'))));
    QVERIFY(finished > 1000);
}

QTEST_GUILESS_MAIN(TestTranslationDe)
#include "test_translation_de.moc"
