import { useState } from 'react';

import { ErrorMessage } from '@/components/ui/error-message';
import { Spinner } from '@/components/ui/spinner';
import { formatDateTime } from '@/lib/format';
import {
  useCreateTemplate,
  useDeleteTemplate,
  useTemplates,
  useUpdateTemplate,
} from '@/lib/templates';
import type { Template, TemplateInput } from '@/types/api';

import { TemplateEditor } from './template-editor';

type Editing = { kind: 'new' } | { kind: 'edit'; template: Template } | null;

/**
 * Team templates: the caller's own and the shared ones (an admin sees all). Create, edit, share or
 * unshare and delete; the bulk form's settings panel applies them.
 */
export function TemplatesPage() {
  const templates = useTemplates();
  const create = useCreateTemplate();
  const update = useUpdateTemplate();
  const remove = useDeleteTemplate();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState('');

  const saved = (template: Template) => {
    setEditing(null);
    setNotice(`Saved template "${template.name}".`);
  };
  const save = (input: TemplateInput) => {
    if (editing?.kind === 'edit') {
      update.mutate({ id: editing.template.id, input }, { onSuccess: saved });
    } else {
      create.mutate(input, { onSuccess: saved });
    }
  };
  const toggleShared = (template: Template) =>
    update.mutate(
      {
        id: template.id,
        input: { name: template.name, shared: !template.shared, settings: template.settings },
      },
      {
        onSuccess: (t) =>
          setNotice(`"${t.name}" is ${t.shared ? 'shared with everyone' : 'private'} now.`),
      },
    );
  const onDelete = (template: Template) => {
    if (
      !window.confirm(
        `Delete template "${template.name}"? Batches already written keep their settings.`,
      )
    ) {
      return;
    }
    remove.mutate(template.id, {
      onSuccess: () => setNotice(`Deleted template "${template.name}".`),
    });
  };

  return (
    <div className="page">
      <div className="page__header">
        <h1>Templates</h1>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            create.reset();
            setEditing({ kind: 'new' });
          }}
        >
          New template
        </button>
      </div>
      <p className="muted">
        Settings to start a batch from: tone, length, language, instructions, an outline template
        (the H2 headings of every article) and required phrases. Choose one in the New batch form. A
        shared template is usable by everyone; only its owner or an admin changes it.
      </p>
      <p className="muted small" aria-live="polite">
        {notice}
      </p>
      {editing && (
        <TemplateEditor
          key={editing.kind === 'edit' ? editing.template.id : 'new'}
          template={editing.kind === 'edit' ? editing.template : undefined}
          saving={create.isPending || update.isPending}
          error={editing.kind === 'edit' ? update.error : create.error}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
      {templates.isPending && <Spinner label="Loading templates" />}
      {templates.isError && (
        <ErrorMessage error={templates.error} title="Could not load the templates" />
      )}
      {(remove.isError || (update.isError && !editing)) && (
        <ErrorMessage error={remove.error ?? update.error} title="Could not change the template" />
      )}
      {templates.data && templates.data.length === 0 && (
        <p>No templates yet: create one here, or save the settings of the New batch form.</p>
      )}
      {templates.data && templates.data.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>Name</th>
                <th>Owner</th>
                <th>Sharing</th>
                <th>Outline</th>
                <th>Updated</th>
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {templates.data.map((t) => (
                <tr key={t.id} data-testid="template-row">
                  <td>{t.name}</td>
                  <td>{t.owner}</td>
                  <td>{t.shared ? 'shared' : 'private'}</td>
                  <td>
                    {(t.settings.outline ?? []).length} headings,{' '}
                    {(t.settings.requiredPhrases ?? []).length} phrases
                  </td>
                  <td>{formatDateTime(t.updatedAt)}</td>
                  <td className="user-actions">
                    {t.editable && (
                      <>
                        <button
                          type="button"
                          className="button"
                          onClick={() => {
                            update.reset();
                            setEditing({ kind: 'edit', template: t });
                          }}
                        >
                          Edit <span className="visually-hidden">{t.name}</span>
                        </button>
                        <button
                          type="button"
                          className="button"
                          disabled={update.isPending}
                          onClick={() => toggleShared(t)}
                        >
                          {t.shared ? 'Make private' : 'Share'}{' '}
                          <span className="visually-hidden">{t.name}</span>
                        </button>
                        <button
                          type="button"
                          className="button button--danger"
                          disabled={remove.isPending}
                          onClick={() => onDelete(t)}
                        >
                          Delete <span className="visually-hidden">{t.name}</span>
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
