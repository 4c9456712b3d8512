"""The writes `scripts/postgres-schema-parity` runs on SQLite and PostgreSQL, each rolled back after it.

FIXTURE is written once on both engines. `cases()` gives, for every table with CHECKs, a valid row (accepted by
both), one row per CHECK that breaks only that CHECK (refused by both), and edge rows both must accept (the day
checks' leap years, SQLite's year 0000); then the keys and the triggers: the audit log's refusals (same French text)
and its purge, and the dashboard's staleness marks. SQL common to both dialects: TRUE/FALSE, quoted "user".
"""

T = "'2026-01-01 00:00:00.000'"


def text(n, char='x'):
    return "'" + char * n + "'"


def token(char):
    return text(26, char)


FIXTURE = [
    f"INSERT INTO federation (id, name, createdAt) VALUES (1, 'Fédération', {T})",
    f"INSERT INTO team (id, federationId, name, createdAt) VALUES (1, 1, 'MSP A', {T}), (2, 1, 'MSP B', {T})",
    f"INSERT INTO campaign (id, teamId, name, questionnaireVersion, createdAt) VALUES (1, 1, 'C1', 'v1', {T}), (2, 2, 'C2', 'v1', {T})",
    f"INSERT INTO respondent (id, campaignId, label, profession, token, createdAt) VALUES (1, 1, 'R1', 'medecin', {token('a')}, {T}), "
    f"(2, 2, 'R2', 'medecin', {token('b')}, {T})",
    f"INSERT INTO answer (id, respondentId, itemId, value, answeredAt) VALUES (1, 1, 'q1', 'oui', {T}), (2, 2, 'q1', 'oui', {T})",
    f"INSERT INTO product (id, name, recordedBy, createdAt) VALUES ('p1', 'Produit', 'dim', {T})",
    f"INSERT INTO \"user\" (id, email, displayName, passwordHash, role, createdAt) VALUES (1, 'a@b.fr', 'A', {text(50, 'h')}, 'admin', {T})",
    f"INSERT INTO userGroupSession (id, software, date, data, updatedAt) VALUES (1, 'p1', '2026-01-01', '{{}}', {T})",
    f"INSERT INTO productFact (id, productId, criterionId, grade, recordedBy, recordedAt) VALUES (1, 'p1', 'c1', 'unknown', 'dim', {T})",
    f"INSERT INTO evaluation (id, campaignId, productId, date, token, createdBy, createdAt) VALUES (1, 1, 'p1', '2026-01-01', {token('c')}, 'dim', {T})",
    "INSERT INTO evaluationScenario (id, evaluationId, position, criterionId, text, mustHave, weight) VALUES (1, 1, 1, 'c1', 'scénario', TRUE, 1.0)",
    f"INSERT INTO evaluationSheet (id, evaluationId, token, profession, createdAt, updatedAt) VALUES (1, 1, {token('d')}, 'medecin', {T}, {T})",
    f"INSERT INTO followUp (id, campaignId, startDate, startedBy, createdAt) VALUES (1, 1, '2026-01-01', 'dim', {T})",
    f"INSERT INTO facilitator (id, name, profession, teamId, recordedBy, recordedAt) VALUES (1, 'F', 'medecin', 1, 'dim', {T})",
    f"INSERT INTO campaignSynthesis (campaignId, invited, answered, stale, computedAt) VALUES (1, 2, 1, FALSE, {T})",
    "INSERT INTO auditEvent (id, at, actor, kind, target) VALUES (1, '2020-01-01 00:00:00.000', 'dim', 'purge', ''), "
    "(2, '2026-01-01 00:00:00.000', 'dim', 'purge', '')",
]

# table: (a valid row, rows that each break one CHECK, other rows both must accept); each row is the valid one
# with these columns changed.
ROWS = {
    'team': ({'federationId': '1', 'name': "'MSP C'", 'createdAt': T},
             [{'name': "''"}, {'name': text(201)}], [{'name': text(200)}]),
    'campaign': ({'teamId': '1', 'name': "'C3'", 'questionnaireVersion': "'v1'", 'createdAt': T}, [{'name': "''"}], []),
    'respondent': ({'campaignId': '1', 'label': "'R3'", 'profession': "'medecin'", 'token': token('r'), 'createdAt': T,
                    'email': "'x@y.fr'", 'lastPage': '1', 'pageCount': '3'},
                   [{'label': "''"}, {'token': text(25)}, {'email': "'ab'"}, {'lastPage': '0'}, {'pageCount': '0'}],
                   [{'email': 'NULL', 'lastPage': 'NULL', 'pageCount': 'NULL'}]),
    'action': ({'campaignId': '1', 'dimensionId': "'d1'", 'title': "'t'", 'dueDate': "'2026-03-01'", 'means': "''",
                'indicator': "''", 'status': "'à faire'", 'updatedAt': T},
               [{'dueDate': "'2026-3-1'"}, {'status': "'done'"}], [{'dueDate': 'NULL', 'status': "'fait'"}]),
    '"user"': ({'email': "'c@d.fr'", 'displayName': "'C'", 'passwordHash': text(50, 'h'), 'role': "'coordinator'",
                'teamId': '1', 'createdAt': T},
               [{'passwordHash': text(49, 'h')}, {'role': "'boss'"}, {'teamId': 'NULL'}],
               [{'role': "'admin'", 'teamId': 'NULL'}]),
    'webSession': ({'token': token('w'), 'userId': '1', 'csrfToken': token('c'), 'createdAt': T, 'expiresAt': T},
                   [{'token': text(25)}, {'csrfToken': text(25)}], []),
    'userGroupSession': ({'software': "'p1'", 'date': "'2026-01-02'", 'data': "'{}'", 'updatedAt': T},
                         [{'software': "''"}, {'date': "'2026-1-2'"}], []),
    'product': ({'id': "'p2'", 'name': "'P2'", 'editor': "'E'", 'recordedBy': "'dim'", 'createdAt': T},
                [{'id': "''"}, {'name': "''"}, {'editor': text(121)}], [{'id': text(60), 'editor': 'NULL'}]),
    'productFact': ({'productId': "'p1'", 'criterionId': "'c1'", 'value': "'true'", 'grade': "'label'", 'source': "'ANS'",
                     'date': "'2017-03'", 'recordedBy': "'dim'", 'recordedAt': T},
                    [{'criterionId': "''"}, {'grade': "'rumour'"}, {'date': "'17-03'"}, {'recordedBy': "''"}, {'source': 'NULL'},
                     {'date': "'3017'"}, {'date': "'2017-03-1'"}, {'date': "'2017-03-12 '"}, {'date': "'2017-3'"}],
                    [{'date': "'2017'"}, {'date': "'2017-03-12'"}, {'date': "'2017-19-39'"},
                     {'grade': "'unknown'", 'value': 'NULL', 'source': 'NULL', 'date': 'NULL'}]),
    'productStatus': ({'productId': "'p1'", 'kind': "'segur'", 'data': 'NULL', 'recordedBy': "'dim'", 'recordedAt': T},
                      [{'kind': "'x'"}, {'recordedBy': "''"}], []),
    # Only a pattern here, no real-day check: both take 30 February.
    'evaluation': ({'campaignId': '1', 'productId': "'p1'", 'date': "'2026-02-30'", 'token': token('e'), 'createdBy': "'dim'",
                    'createdAt': T},
                   [{'date': "'2026-2-03'"}, {'date': "'0026-02-03'"}, {'token': text(25)}, {'createdBy': "''"}], []),
    'evaluationScenario': ({'evaluationId': '1', 'position': '2', 'criterionId': "'c2'", 'text': "'t'", 'mustHave': 'FALSE',
                            'weight': '0.5'}, [{'criterionId': "''"}, {'text': "''"}], []),
    'evaluationSheet': ({'evaluationId': '1', 'token': token('s'), 'profession': "'medecin'", 'name': "'N'", 'createdAt': T,
                         'updatedAt': T}, [{'token': text(25)}, {'profession': "''"}, {'name': text(61)}], [{'name': 'NULL'}]),
    'evaluationScore': ({'evaluationSheetId': '1', 'evaluationScenarioId': '1', 'choice': "'convaincant'", 'comment': 'NULL',
                         'updatedAt': T},
                        [{'choice': "'bof'"}, {'comment': text(1001)}, {'choice': 'NULL'}], [{'choice': 'NULL', 'comment': "'ok'"}]),
    'observation': ({'sessionId': '1', 'productId': "'p1'", 'criterionId': "'c1'", 'text': "'t'", 'suggestedValue': "'non'",
                     'status': "'pending'", 'recordedBy': "'dim'", 'recordedAt': T},
                    [{'criterionId': "''"}, {'text': "''"}, {'suggestedValue': text(101)},
                     {'status': "'maybe'", 'decidedBy': "'dim'", 'decidedAt': T},
                     {'reason': text(1001)}, {'recordedBy': "''"},
                     {'status': "'rejected'", 'reason': "''", 'decidedBy': "'dim'", 'decidedAt': T}, {'status': "'accepted'"}],
                    # length(NULL) is NULL: a rejection without a reason passes that CHECK on both engines.
                    [{'status': "'rejected'", 'reason': "'doublon'", 'decidedBy': "'dim'", 'decidedAt': T},
                     {'status': "'rejected'", 'decidedBy': "'dim'", 'decidedAt': T}]),
    'passwordReset': ({'userId': '1', 'tokenHash': text(64, 'f'), 'createdAt': T, 'expiresAt': T},
                      [{'tokenHash': text(63, 'f')}, {'tokenHash': text(65, 'f')}], []),
    'auditEvent': ({'at': T, 'actor': "'dim'", 'kind': "'purge'", 'target': "''"},
                   [{'actor': "''"}, {'kind': "'x'"}, {'target': text(501)}, {'detail': text(2001)}], [{'actor': text(320)}]),
    'auditPurgeCutoff': ({'id': '1', 'before': T}, [{'id': '2'}], []),
    'invitationSending': ({'respondentId': '1', 'kind': "'relance'", 'email': "'a@b'", 'sentBy': "'dim'", 'sentAt': T},
                          [{'kind': "'x'"}, {'email': "'ab'"}, {'sentBy': "''"}], []),
    'teamSoftware': ({'teamId': '1', 'productId': "'p1'", 'version': "'1'", 'since': "'2024-02-29'", 'until': "'2025-01-01'",
                      'contractEnd': "'2027-01-01'", 'recordedBy': "'dim'", 'recordedAt': T},
                     [{'version': "''"}, {'since': "'2026-02-29'"}, {'until': "'2023-01-01'"}, {'contractEnd': "'2025-02-30'"},
                      {'recordedBy': "''"}, {'since': "'3024-01-01'", 'until': 'NULL', 'contractEnd': 'NULL'},
                      {'since': "'2024-1-01'"}, {'contractEnd': "'2027-01-01x'"}],
                     [{'until': 'NULL', 'contractEnd': 'NULL'}, {'until': "'2024-02-29'", 'contractEnd': "'2024-02-29'"}]),
    'teamStage': ({'teamId': '1', 'stage': "'avant'", 'since': "'2026-01-31'", 'recordedBy': "'dim'", 'recordedAt': T},
                  [{'stage': "'x'"}, {'since': "'2026-04-31'"}, {'recordedBy': "''"}],
                  [{'since': "'2000-02-29'"}]),
    'facilitator': ({'name': "'F2'", 'profession': "'ide'", 'teamId': '1', 'availability': "''", 'recordedBy': "'dim'",
                     'recordedAt': T},
                    [{'name': "''"}, {'profession': "''"}, {'availability': text(201)}, {'recordedBy': "''"}], []),
    'facilitatorSoftware': ({'facilitatorId': '1', 'productId': "'p1'", 'sinceYear': '2024'},
                            [{'sinceYear': '1989'}, {'sinceYear': '2101'}], [{'sinceYear': '2100'}, {'sinceYear': '1990'}]),
    'intervention': ({'facilitatorId': '1', 'teamId': '2', 'date': "'2026-04-30'", 'topic': "'t'", 'hours': '2.5',
                      'recordedBy': "'dim'", 'recordedAt': T},
                     [{'date': "'2026-04-31'"}, {'topic': "''"}, {'hours': '0'}, {'hours': '24.5'}, {'recordedBy': "''"}],
                     [{'hours': '24'}]),
    # SQLite's date() knows year 0000 (a leap year): sip_is_day checks it as 2000.
    'followUp': ({'campaignId': '2', 'startDate': "'2026-01-01'", 'startedBy': "'dim'", 'createdAt': T},
                 [{'startedBy': "''"}, {'startDate': "'2026-02-30'"}, {'startDate': "'2026-1-01'"}, {'startDate': "'now'"},
                  {'startDate': "'2026-01-01 10:00'"}, {'startDate': "'0000-02-30'"}, {'startDate': "'1900-02-29'"}],
                 [{'startDate': "'0000-02-29'"}, {'startDate': "'9999-12-31'"}, {'startDate': "'2000-02-29'"},
                  {'startDate': "'0999-01-01'"}]),
    'followUpItem': ({'followUpId': '1', 'party': "'equipe'", 'position': '1', 'title': "'t'", 'owner': "''",
                      'plannedStart': "'2026-01-01'", 'plannedEnd': "'2026-02-01'", 'actualStart': "'2026-01-02'",
                      'actualEnd': "'2026-01-20'", 'status': "'fait'", 'updatedAt': T},
                     [{'party': "'x'"}, {'title': "''"}, {'owner': text(201)}, {'status': "'x'"}, {'blockedReason': text(1001)},
                      {'plannedEnd': "'2026-02-30'"}, {'plannedStart': "'2026-01-1'"}, {'actualStart': "'2026-01-00'"},
                      {'actualEnd': "'2026-13-01'"}, {'plannedStart': "'2026-03-01'"}, {'actualEnd': "'2026-01-01'"},
                      {'status': "'bloqué'", 'blockedReason': "'  '"}, {'status': "'bloqué'"},
                      {'status': "'fait'", 'actualEnd': 'NULL'}],
                     [{'status': "'bloqué'", 'blockedReason': "'attente'"},
                      {'plannedStart': 'NULL', 'actualStart': 'NULL', 'actualEnd': 'NULL', 'status': "'en cours'"}]),
    'training': ({'followUpId': '1', 'respondentId': '1', 'date': "'2026-01-01'", 'hours': '1', 'content': "'aci'",
                  'trainer': "'T'", 'recordedAt': T},
                 [{'hours': '41'}, {'hours': '0'}, {'content': "'x'"}, {'trainer': "''"}, {'date': "'2026-02-29'"}],
                 [{'date': "'2028-02-29'"}]),
    'migrationCheck': ({'followUpId': '1', 'position': '1', 'text': "'t'", 'checkedOn': "'2026-01-01'", 'note': 'NULL'},
                       [{'text': "''"}, {'note': text(1001)}, {'checkedOn': "'2026-00-01'"}], [{'checkedOn': 'NULL'}]),
    'migrationDefect': ({'followUpId': '1', 'foundOn': "'2026-01-05'", 'description': "'d'", 'severity': "'mineur'",
                         'fixedOn': "'2026-01-06'", 'recordedAt': T},
                        [{'description': "''"}, {'severity': "'x'"}, {'foundOn': "'2026-01-0'"}, {'fixedOn': "'2026-01-0x'"},
                         {'fixedOn': "'2026-01-04'"}], [{'fixedOn': 'NULL'}, {'fixedOn': "'2026-01-05'"}]),
    # invited >= 0 cannot fail alone: answered >= 0 AND answered <= invited implies it.
    'campaignSynthesis': ({'campaignId': '2', 'invited': '2', 'answered': '2', 'stale': 'FALSE', 'computedAt': T},
                          [{'invited': '-1', 'answered': '0'}, {'answered': '-1'}, {'answered': '3'}], [{'invited': '0', 'answered': '0'}]),
    'campaignMaturity': ({'campaignId': '1', 'dimensionId': "'d1'", 'level': '2', 'target': '3'},
                         [{'dimensionId': "''"}, {'level': '-1'}, {'target': '-1'}], [{'level': 'NULL', 'target': '0'}]),
    'loginFailure': ({'kind': "'account'", 'subject': "'dim@example.org'", 'failures': '1', 'lastFailure': T},
                     [{'kind': "'compte'"}, {'failures': '0'}], [{'kind': "'client'", 'subject': "''"}]),
}

REFUSED, ACCEPTED = ('refused',), ('accepted', None)
STALE = "SELECT CASE WHEN stale THEN 1 ELSE 0 END FROM campaignSynthesis WHERE campaignId = 1"
UPDATE_REFUSED = "journal d'audit : les lignes ne se modifient pas"
DELETE_REFUSED = "journal d'audit : seules les lignes plus anciennes que la durée de conservation s'effacent"
CUTOFF = "INSERT INTO auditPurgeCutoff (id, before) VALUES (1, '2025-01-01 00:00:00.000')"


def insert(table, row):
    return f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join(row.values())})"


# A defect of SQLite's register day check (RegisterSchema.day): julianday() of a month 00 or 13-19 or a day 00 or
# 32-39 (which the GLOB lets through) is NULL, so `date(julianday(x)) = x` is NULL and the CHECK passes. PostgreSQL
# refuses these days, as the check means to; SQLite is expected to take them until its CHECK says `IS` (as
# FollowUpSchema.day does).
SQLITE_DEFECTS = [('teamSoftware', {'until': "'2025-13-01'"}), ('teamSoftware', {'contractEnd': "'2027-01-32'"}),
                  ('teamStage', {'since': "'2026-01-32'"}), ('intervention', {'date': "'2026-00-10'"}),
                  ('intervention', {'date': "'2026-01-00'"})]


def cases():
    found = []
    for table, change in SQLITE_DEFECTS:
        found.append({'name': f'{table}: {change}', 'sql': [insert(table, {**ROWS[table][0], **change})], 'want': REFUSED,
                      'sqlite_defect': True})
    for table, (valid, broken, edges) in ROWS.items():
        found.append({'name': f'{table}: valid row', 'sql': [insert(table, valid)], 'want': ACCEPTED})
        for change in broken:
            found.append({'name': f'{table}: {change}'[:120], 'sql': [insert(table, {**valid, **change})], 'want': REFUSED})
        for change in edges:
            found.append({'name': f'{table}: {change}'[:120], 'sql': [insert(table, {**valid, **change})], 'want': ACCEPTED})
    found += [
        {'name': 'unique: team name in its federation', 'sql': [f"INSERT INTO team (federationId, name, createdAt) VALUES (1, 'MSP A', {T})"],
         'want': REFUSED},
        {'name': 'unique: e-mail, whatever the case', 'sql': [
            f"INSERT INTO \"user\" (email, displayName, passwordHash, role, createdAt) VALUES ('A@B.FR', 'A', {text(50, 'h')}, 'admin', {T})"],
         'want': REFUSED},
        {'name': 'unique: one follow-up per campaign', 'sql': [
            f"INSERT INTO followUp (campaignId, startDate, startedBy, createdAt) VALUES (1, '2026-01-01', 'dim', {T})"], 'want': REFUSED},
        {'name': 'foreign key: unknown campaign', 'sql': [
            f"INSERT INTO respondent (campaignId, label, profession, token, createdAt) VALUES (99, 'R', 'ide', {token('z')}, {T})"],
         'want': REFUSED},
        {'name': 'ON DELETE RESTRICT: a facilitator keeps their team', 'sql': ["DELETE FROM team WHERE id = 1"], 'want': REFUSED},
        {'name': 'ON DELETE CASCADE: a campaign and all it holds', 'sql': ["DELETE FROM campaign WHERE id = 1"],
         'expect': "SELECT count(*) FROM evaluationSheet", 'want': ('accepted', '0')},
        {'name': 'ON DELETE SET NULL: an observation outlives its fact', 'sql': [
            insert('observation', {**ROWS['observation'][0], 'factId': '1'}), "DELETE FROM productFact WHERE id = 1"],
         'expect': "SELECT count(*) FROM observation WHERE factId IS NULL", 'want': ('accepted', '1')},
        {'name': 'audit: an UPDATE is refused', 'sql': ["UPDATE auditEvent SET actor = 'x' WHERE id = 2"], 'want': REFUSED,
         'message': UPDATE_REFUSED},
        {'name': 'audit: a DELETE without cutoff is refused', 'sql': ["DELETE FROM auditEvent WHERE id = 1"], 'want': REFUSED,
         'message': DELETE_REFUSED},
        {'name': 'audit: the purge deletes the older rows', 'sql': [CUTOFF, "DELETE FROM auditEvent WHERE at < '2025-01-01 00:00:00.000'"],
         'expect': "SELECT count(*) FROM auditEvent", 'want': ('accepted', '1')},
        {'name': 'audit: the purge cannot delete newer rows', 'sql': [CUTOFF, "DELETE FROM auditEvent"], 'want': REFUSED,
         'message': DELETE_REFUSED},
        {'name': 'audit: appending is allowed', 'sql': [insert('auditEvent', ROWS['auditEvent'][0])],
         'expect': "SELECT count(*) FROM auditEvent", 'want': ('accepted', '3')},
        {'name': 'stale: nothing written, nothing stale', 'sql': [], 'expect': STALE, 'want': ('accepted', '0')},
        {'name': 'stale: answer inserted', 'sql': [f"INSERT INTO answer (respondentId, itemId, value, answeredAt) VALUES (1, 'q2', 'non', {T})"],
         'expect': STALE, 'want': ('accepted', '1')},
        {'name': 'stale: answer updated', 'sql': ["UPDATE answer SET value = 'non' WHERE id = 1"], 'expect': STALE, 'want': ('accepted', '1')},
        {'name': 'stale: answer deleted', 'sql': ["DELETE FROM answer WHERE id = 1"], 'expect': STALE, 'want': ('accepted', '1')},
        {'name': 'stale: respondent inserted', 'sql': [
            f"INSERT INTO respondent (campaignId, label, profession, token, createdAt) VALUES (1, 'R9', 'ide', {token('q')}, {T})"],
         'expect': STALE, 'want': ('accepted', '1')},
        {'name': 'stale: respondent updated', 'sql': ["UPDATE respondent SET lastPage = 2 WHERE id = 1"], 'expect': STALE,
         'want': ('accepted', '1')},
        {'name': 'stale: respondent deleted (answers cascade)', 'sql': ["DELETE FROM respondent WHERE id = 1"], 'expect': STALE,
         'want': ('accepted', '1')},
        {'name': "stale: another campaign's answer leaves it", 'sql': [
            "UPDATE answer SET value = 'non' WHERE id = 2", "DELETE FROM respondent WHERE id = 2"], 'expect': STALE,
         'want': ('accepted', '0')},
    ]
    return found
