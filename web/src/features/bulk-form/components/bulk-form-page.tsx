import { useMemo, useRef } from 'react';
import type { DataGridHandle } from 'react-data-grid';
import { useNavigate } from 'react-router';

import { Banner } from '@/components/ui/banner';
import { paths } from '@/config/paths';
import { ApiError, getErrorMessage } from '@/lib/api-client';

import { useEstimate } from '../api/estimate-batch';
import { OFFLINE_PROVIDER, useProviders } from '../api/get-providers';
import { useSubmitBatch, type SubmitBody } from '../api/submit-batch';
import { useBulkForm } from '../hooks/use-bulk-form';
import { useDuplicate } from '../hooks/use-duplicate';
import { newIdempotencyKey } from '../utils/idempotency-key';
import { FIELD_LABELS, ROW_FIELDS, toItems, type RowField } from '../utils/rows';
import { MAX_ITEMS } from '../utils/setting-values';
import { SETTINGS_LABELS, toSubmitSettings, type SettingsField } from '../utils/settings';

import { DuplicateNotice } from './duplicate-notice';
import { GridToolbar } from './grid-toolbar';
import { FIRST_FIELD_COLUMN, KeywordGrid, problemOf } from './keyword-grid';
import { KeywordGroupsPanel } from './keyword-groups';
import { PresetImport } from './preset-import';
import { SettingsPanel } from './settings-panel';
import { SubmitPanel } from './submit-panel';

const LISTED_PROBLEMS = 20;

/** A cheap fingerprint of a request body, for query keys and for reusing an idempotency key. */
function fingerprint(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = (hash * 33) ^ text.charCodeAt(i);
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}

export function BulkFormPage() {
  const form = useBulkForm();
  const duplicate = useDuplicate(form);
  const navigate = useNavigate();
  const gridRef = useRef<DataGridHandle>(null);
  const providersQuery = useProviders();
  const providers = providersQuery.data ?? [OFFLINE_PROVIDER];
  const provider = providers.find((p) => p.name === form.settings.provider);
  const submit = useSubmitBatch();
  const idempotency = useRef<{ signature: string; key: string } | null>(null);
  const submitted = useRef(false);

  const { items, rowIds } = useMemo(() => toItems(form.rows), [form.rows]);
  const settingsOk = Object.keys(form.settingsProblems).length === 0;
  const body = useMemo<SubmitBody | null>(() => {
    if (items.length === 0 || !settingsOk) return null;
    const name = form.settings.name.trim();
    return {
      ...(name ? { name } : {}),
      settings: toSubmitSettings(form.settings),
      items,
    };
  }, [items, form.settings, settingsOk]);
  const signature = useMemo(() => (body ? fingerprint(JSON.stringify(body)) : ''), [body]);
  const estimate = useEstimate(form.check.problems === 0 ? body : null, signature);

  const blockers: string[] = [];
  if (form.check.rows === 0)
    blockers.push('Add at least one keyword: type or paste into the grid.');
  if (form.check.problems > 0) {
    blockers.push(
      `Fix ${form.check.problems} invalid cell${form.check.problems === 1 ? '' : 's'} (marked red).`,
    );
  }
  if (form.check.rows > MAX_ITEMS) {
    blockers.push(`A batch has at most ${MAX_ITEMS.toLocaleString()} rows; split it.`);
  }
  (Object.keys(form.settingsProblems) as SettingsField[]).forEach((field) =>
    blockers.push(`${SETTINGS_LABELS[field]} ${form.settingsProblems[field]}.`),
  );

  const onSubmit = () => {
    if (!body || blockers.length > 0 || submit.isPending || submitted.current) return;
    // the same body keeps its key, so a retry after a timeout cannot make a second batch
    if (idempotency.current?.signature !== signature) {
      idempotency.current = { signature, key: newIdempotencyKey() };
    }
    submitted.current = true;
    form.clearServerProblems();
    submit.mutate(
      { body, key: idempotency.current.key },
      {
        onSuccess: (batch) => {
          form.discardDraft();
          void navigate(paths.batch.getHref(batch.id));
        },
        onError: (error) => {
          submitted.current = false;
          if (error instanceof ApiError && error.errors.length > 0) {
            form.showServerProblems(error.errors, rowIds);
          }
        },
      },
    );
  };

  // listed problems: the first few cells with a problem, each a button that focuses the cell
  const listed: { rowIdx: number; field: RowField; message: string }[] = [];
  for (let i = 0; i < form.rows.length && listed.length < LISTED_PROBLEMS; i++) {
    const row = form.rows[i];
    for (const field of ROW_FIELDS) {
      const message = problemOf(row, field, form.check, form.serverCells);
      if (message) listed.push({ rowIdx: i, field, message });
    }
  }
  const totalProblems =
    form.check.problems +
    [...form.serverCells.values()].reduce((n, cells) => n + Object.keys(cells).length, 0);

  const submitError =
    submit.error instanceof ApiError
      ? new ApiError({ ...submit.error.problem, errors: form.serverOther })
      : submit.error;

  return (
    <div className="page bulk-form">
      <div className="page__header">
        <h1>New batch</h1>
      </div>
      <p className="muted">
        One article per row. Paste a block from Excel or Google Sheets into any cell (the grid grows
        to fit), type, or import a CSV or XLSX file. Blank rows are ignored.
      </p>
      {form.restored && <Banner>Your unsent batch was restored from this browser.</Banner>}
      <PresetImport />
      <DuplicateNotice duplicate={duplicate} />
      {form.saveFailed && (
        <Banner tone="warning">
          This browser would not keep a copy of the grid (storage full or disabled); do not close
          the tab before submitting.
        </Banner>
      )}

      <section className="card" aria-labelledby="keywords-title">
        <div className="card__header">
          <h2 id="keywords-title">Keywords</h2>
        </div>
        <GridToolbar form={form} />
        <p id="grid-help" className="muted small">
          The grid is one Tab stop: arrows move inside it, typing or Enter edits a cell, Enter
          commits and moves down, Tab moves right and leaves the grid from the last column.
          Shift+arrows select a range: Ctrl+C copies it, Delete clears it, Ctrl+D fills it down and
          Ctrl+V pastes a block into it. Shift+Space selects a row. Ctrl+Z undoes, Ctrl+Shift+Z
          redoes.
        </p>
        <KeywordGrid
          rows={form.rows}
          check={form.check}
          serverProblems={form.serverCells}
          selectedRows={form.selectedRows}
          onSelectedRowsChange={form.setSelectedRows}
          onRowsChange={form.editCell}
          onPaste={form.paste}
          onClear={form.clearCells}
          onFillDown={form.fillDown}
          onUndo={form.undoLast}
          onRedo={form.redoLast}
          gridRef={gridRef}
        />
        <p className="muted small" aria-live="polite">
          {form.notice}
        </p>
        {listed.length > 0 && (
          <div className="problems">
            <h3 className="problems__title">
              {totalProblems} invalid cell{totalProblems === 1 ? '' : 's'}
              {totalProblems > listed.length ? ` (first ${listed.length} shown)` : ''}
            </h3>
            <ul className="problems__list">
              {listed.map((p) => (
                <li key={`${p.rowIdx}-${p.field}`}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      gridRef.current?.setActivePosition(
                        { idx: FIRST_FIELD_COLUMN + ROW_FIELDS.indexOf(p.field), rowIdx: p.rowIdx },
                        { shouldFocus: true },
                      )
                    }
                  >
                    Row {p.rowIdx + 1}, {FIELD_LABELS[p.field]}
                  </button>{' '}
                  {p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        <KeywordGroupsPanel
          groups={estimate.data?.keywordGroups}
          gridRows={form.rows}
          rowIds={rowIds}
          onRemoveRows={form.removeRows}
        />
      </section>

      <div className="bulk-form__bottom">
        <section className="card" aria-labelledby="settings-title">
          <h2 id="settings-title">Batch settings</h2>
          <SettingsPanel
            settings={form.settings}
            onChange={form.setSettings}
            providers={providers}
            problems={form.settingsProblems}
            providersNote={
              providersQuery.isError ? (
                <p className="muted small">
                  Could not load the providers ({getErrorMessage(providersQuery.error)}); the
                  offline draft engine is offered meanwhile.
                </p>
              ) : null
            }
          />
        </section>
        <section className="card bulk-form__submit" aria-labelledby="submit-title">
          <h2 id="submit-title">Review and submit</h2>
          <SubmitPanel
            articles={form.check.rows}
            settings={form.settings}
            provider={provider}
            estimate={{
              data: estimate.data,
              isFetching: estimate.isFetching,
              error: estimate.error,
            }}
            blockers={blockers}
            submitting={submit.isPending}
            submitError={submit.error ? submitError : null}
            onSubmit={onSubmit}
          />
        </section>
      </div>
    </div>
  );
}
