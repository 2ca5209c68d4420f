import type { ReactNode } from 'react';

export type BannerProps = {
  tone?: 'info' | 'warning';
  children: ReactNode;
};

export function Banner({ tone = 'info', children }: BannerProps) {
  return (
    <div className={`banner banner--${tone}`} role="note">
      {children}
    </div>
  );
}
