import { formatNumber } from '@/lib/format';
import type { BatchSettings, Engine } from '@/types/api';

type Entry = { label: string; value: string };

function entries(settings: BatchSettings, engine: Engine): Entry[] {
  return [
    { label: 'Engine', value: engine.label },
    { label: 'Provider', value: settings.provider },
    { label: 'Model', value: settings.model },
    { label: 'Mode', value: settings.mode ?? 'realtime' },
    { label: 'Language', value: settings.language },
    { label: 'Tone', value: settings.tone },
    { label: 'Words per article', value: formatNumber(settings.wordCount) },
    { label: 'Audience', value: settings.audience || '—' },
    { label: 'Point of view', value: settings.pointOfView },
    { label: 'FAQ section', value: settings.includeFaq ? 'Yes' : 'No' },
    { label: 'Instructions', value: settings.instructions || '—' },
  ];
}

export function BatchSettingsList({
  settings,
  engine,
}: {
  settings: BatchSettings;
  engine: Engine;
}) {
  return (
    <section className="card" aria-labelledby="batch-settings-title">
      <h2 id="batch-settings-title">Settings</h2>
      <dl className="details">
        {entries(settings, engine).map((entry) => (
          <div key={entry.label} className="details__row">
            <dt>{entry.label}</dt>
            <dd>{entry.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
