// SPDX-License-Identifier: GPL-3.0-or-later
// tessera: the GUI. With no argument it opens the bundled Anonymous Bank sample project.
#include "ui/mainwindow.h"
#include "ui/solverpanel.h"
#include "ui/workplanview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tessera"));
    QApplication::setOrganizationName(QStringLiteral("Tessera"));
    QApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tessera.svg")));

    QTranslator qtTranslator, translator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (translator.load(QLocale(), QStringLiteral("tessera"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Workforce planning for contact centers"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QApplication::translate("main", "A .tessera project or PROBLEM.json (default: the bundled sample)"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Solve, show the coverage, save a PNG of the window and quit"),
                                  QStringLiteral("png"));
    parser.addOption(screenshot);
    QCommandLineOption tab(QStringLiteral("tab"),
                           QApplication::translate("main", "With --screenshot: the tab to show (forecast, catalog, constraints, coverage, roster, workplans, team)"),
                           QStringLiteral("name"), QStringLiteral("coverage"));
    parser.addOption(tab);
    QCommandLineOption interval(QStringLiteral("interval"),
                                QApplication::translate("main", "With --screenshot: the interval to select in the forecast table"),
                                QStringLiteral("index"));
    parser.addOption(interval);
    parser.process(app);

    tessera::ui::MainWindow window;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty() || !window.openFile(args.front()))
        window.openSample();
    window.show();

    if (parser.isSet(screenshot)) {
        app.setProperty("tesseraNoDialogs", true);
        const QString png = parser.value(screenshot);
        const QStringList tabs = {QStringLiteral("forecast"), QStringLiteral("catalog"), QStringLiteral("constraints"), QStringLiteral("coverage"),
                                   QStringLiteral("roster"), QStringLiteral("workplans"), QStringLiteral("team")};
        const int tabIndex = std::max<int>(0, tabs.indexOf(parser.value(tab)));
        const int selected = parser.isSet(interval) ? parser.value(interval).toInt() : -1;
        QObject::connect(window.solverPanel(), &tessera::ui::SolverPanel::solveFinished, &window, [&window, png, tabIndex, selected] {
            if (tessera::ui::MainWindow::Tab(tabIndex) == tessera::ui::MainWindow::RosterTab
                || tessera::ui::MainWindow::Tab(tabIndex) == tessera::ui::MainWindow::TeamTab)
                window.assignAgents(true); // the roster of the solved schedule (a sample team when none)
            window.showTab(tessera::ui::MainWindow::Tab(tabIndex));
            if (selected >= 0)
                window.selectInterval(selected);
            QTimer::singleShot(800, &window, [&window, png] {
                const bool ok = window.grab().save(png);
                QApplication::exit(ok ? 0 : 1);
            });
        });
        if (tessera::ui::MainWindow::Tab(tabIndex) == tessera::ui::MainWindow::WorkPlansTab
            && window.document()->project().templates.empty())
            window.workPlanView()->addStandardPlans(); // the sample has none: show the standard set solved
        QTimer::singleShot(300, window.solverPanel(), &tessera::ui::SolverPanel::solve);
    }
    return app.exec();
}
