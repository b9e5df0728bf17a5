// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/document.h"

#include <QWidget>

class QTableView;

namespace tessera::ui {

class AgentModel;
class ContractModel;
class RuleModel;

/**
 * The Team tab: the roster's rules (hard or soft with a weight), contracts and agents, each a
 * table whose edits are undo commands on Project::roster (see teammodels.h). Refused edits are
 * reported through editRejected() (the main window shows them in the status bar); the Roster
 * tab's validation follows every edit through ProjectDocument::changed(Roster).
 */
class TeamView : public QWidget
{
    Q_OBJECT
public:
    explicit TeamView(ProjectDocument *doc, QWidget *parent = nullptr);

    RuleModel *ruleModel() const { return m_rules; }
    ContractModel *contractModel() const { return m_contracts; }
    AgentModel *agentModel() const { return m_agents; }
    QTableView *ruleTable() const { return m_ruleView; }
    QTableView *contractTable() const { return m_contractView; }
    QTableView *agentTable() const { return m_agentView; }

Q_SIGNALS:
    void editRejected(const QString &reason);

private:
    ProjectDocument *m_doc;
    RuleModel *m_rules;
    ContractModel *m_contracts;
    AgentModel *m_agents;
    QTableView *m_ruleView = nullptr;
    QTableView *m_contractView = nullptr;
    QTableView *m_agentView = nullptr;
};

} // namespace tessera::ui
