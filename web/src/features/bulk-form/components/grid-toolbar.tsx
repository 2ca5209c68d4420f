import { useRef, useState } from 'react';

import { getErrorMessage } from '@/lib/api-client';

import type { BulkForm } from '../hooks/use-bulk-form';
import { rowsFromFile } from '../utils/import-file';

export function GridToolbar({ form }: { form: BulkForm }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [importError, setImportError] = useState('');
  const [importing, setImporting] = useState(false);
  const { check, undoLabel, redoLabel, selectedRows } = form;

  const importFile = async (file: File) => {
    setImportError('');
    form.clearNotice();
    setImporting(true);
    try {
      const rows = await rowsFromFile(file);
      if (rows.length === 0) setImportError(`${file.name} has no rows with a keyword.`);
      else form.appendRows(rows, file.name);
    } catch (error) {
      setImportError(`Could not read ${file.name}: ${getErrorMessage(error)}`);
    } finally {
      setImporting(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <div className="grid-toolbar">
      <p className="grid-toolbar__counts" aria-live="polite" data-testid="grid-counts">
        <span>
          <strong>{check.rows.toLocaleString()}</strong> rows
        </span>
        <span>
          <strong>{check.valid.toLocaleString()}</strong> valid
        </span>
        <span className={check.duplicates > 0 ? 'grid-toolbar__warn' : undefined}>
          <strong>{check.duplicates.toLocaleString()}</strong> duplicates
        </span>
        {check.problems > 0 && (
          <span className="grid-toolbar__error">
            <strong>{check.problems.toLocaleString()}</strong> invalid cells
          </span>
        )}
      </p>
      <div className="actions__buttons">
        <label className="button">
          {importing ? 'Importing…' : 'Import CSV or XLSX'}
          <input
            ref={fileInput}
            type="file"
            className="visually-hidden"
            accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void importFile(file);
            }}
          />
        </label>
        <button
          type="button"
          className="button"
          disabled={check.duplicates === 0}
          onClick={form.dropDuplicates}
        >
          Remove duplicates{check.duplicates > 0 ? ` (${check.duplicates})` : ''}
        </button>
        <button
          type="button"
          className="button"
          disabled={selectedRows.size === 0}
          onClick={form.deleteSelected}
        >
          Delete selected rows{selectedRows.size > 0 ? ` (${selectedRows.size})` : ''}
        </button>
        <button type="button" className="button" disabled={!undoLabel} onClick={form.undoLast}>
          {undoLabel ? `Undo ${undoLabel}` : 'Undo'}
        </button>
        <button type="button" className="button" disabled={!redoLabel} onClick={form.redoLast}>
          {redoLabel ? `Redo ${redoLabel}` : 'Redo'}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={check.rows === 0}
          onClick={() => {
            if (window.confirm(`Clear all ${check.rows} rows? You can undo this.`)) {
              form.clearAll();
            }
          }}
        >
          Clear all
        </button>
      </div>
      {importError && (
        <p className="field__problem" role="alert">
          {importError}
        </p>
      )}
    </div>
  );
}
