// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/teamview.h"

#include "ui/teammodels.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace tessera::ui {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

/// A titled box holding `table` and, below it, `buttons` (may be empty).
QGroupBox *box(const QString &title, QTableView *table, const QList<QPushButton *> &buttons, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(table);
    if (!buttons.isEmpty()) {
        auto *row = new QHBoxLayout;
        for (QPushButton *b : buttons)
            row->addWidget(b);
        row->addStretch();
        layout->addLayout(row);
    }
    return group;
}

} // namespace

TeamView::TeamView(ProjectDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_rules(new RuleModel(doc, this))
    , m_contracts(new ContractModel(doc, this))
    , m_agents(new AgentModel(doc, this))
{
    m_ruleView = makeTable(m_rules, this);
    m_contractView = makeTable(m_contracts, this);
    m_agentView = makeTable(m_agents, this);
    QHeaderView *ruleHeader = m_ruleView->horizontalHeader();
    ruleHeader->setStretchLastSection(false);
    ruleHeader->setSectionResizeMode(RuleModel::Meaning, QHeaderView::Stretch);
    m_ruleView->setTextElideMode(Qt::ElideRight);
    // Wider than its box: every column fits its contents (a stretched last column would be cut
    // short to the box and elide the forbidden successions).
    m_contractView->horizontalHeader()->setStretchLastSection(false);
    m_agentView->setItemDelegateForColumn(AgentModel::Contract, new ContractComboDelegate(doc, m_agentView));

    auto *addContract = new QPushButton(tr("Add contract"), this);
    auto *removeContract = new QPushButton(tr("Remove contract"), this);
    auto *addAgent = new QPushButton(tr("Add agent"), this);
    auto *removeAgent = new QPushButton(tr("Remove agent"), this);
    removeAgent->setToolTip(tr("Removes the selected agent and their shifts (undo with Ctrl+Z)"));
    connect(addContract, &QPushButton::clicked, m_contracts, &ContractModel::addContract);
    // A remove button acts on the table's current row, or says what to select.
    const auto onCurrentRow = [this](QPushButton *button, QTableView *view, const QString &none, std::function<void(int)> act) {
        connect(button, &QPushButton::clicked, this, [this, view, none, act] {
            if (view->currentIndex().isValid())
                act(view->currentIndex().row());
            else
                Q_EMIT editRejected(none);
        });
    };
    onCurrentRow(removeContract, m_contractView, tr("Select the contract to remove."), [this](int row) { m_contracts->removeContract(row); });
    onCurrentRow(removeAgent, m_agentView, tr("Select the agent to remove."), [this](int row) { m_agents->removeAgent(row); });
    connect(addAgent, &QPushButton::clicked, m_agents, &AgentModel::addAgent);
    for (TeamTableModel *m : {static_cast<TeamTableModel *>(m_rules), static_cast<TeamTableModel *>(m_contracts),
                              static_cast<TeamTableModel *>(m_agents)})
        connect(m, &TeamTableModel::editRejected, this, &TeamView::editRejected);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(box(tr("Contracts"), m_contractView, {addContract, removeContract}, right));
    right->addWidget(box(tr("Agents"), m_agentView, {addAgent, removeAgent}, right));
    right->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(box(tr("Rules: hard, or soft at a price per unit"), m_ruleView, {}, split));
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
}

} // namespace tessera::ui
