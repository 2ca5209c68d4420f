/**
 * A small toast store. Sonner would inject its CSS through an inline style element, which the
 * Content-Security-Policy (style-src 'self') forbids; these toasts are styled by index.css.
 */
export type ToastKind = 'success' | 'error' | 'warning' | 'info';

export type ToastAction = { label: string; onClick: () => void };

export type Toast = {
  /** Toasts with the same id replace each other: one toast per subject, with its latest text. */
  id: string;
  kind: ToastKind;
  message: string;
  action?: ToastAction;
  /** Milliseconds before it closes by itself; Infinity keeps it until closed. */
  duration: number;
};

type Listener = (toasts: readonly Toast[]) => void;

const DEFAULT_DURATION = 8_000;

let toasts: readonly Toast[] = [];
const listeners = new Set<Listener>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();

function publish(next: readonly Toast[]) {
  toasts = next;
  listeners.forEach((listener) => listener(toasts));
}

export function showToast(toast: Omit<Toast, 'duration'> & { duration?: number }): void {
  const shown: Toast = { duration: DEFAULT_DURATION, ...toast };
  publish([...toasts.filter((t) => t.id !== shown.id), shown]);
  clearTimeout(timers.get(shown.id));
  if (Number.isFinite(shown.duration)) {
    timers.set(
      shown.id,
      setTimeout(() => dismissToast(shown.id), shown.duration),
    );
  }
}

export function dismissToast(id: string): void {
  clearTimeout(timers.get(id));
  timers.delete(id);
  publish(toasts.filter((t) => t.id !== id));
}

export function currentToasts(): readonly Toast[] {
  return toasts;
}

export function subscribeToasts(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
