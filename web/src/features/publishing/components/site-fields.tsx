/** What a user types for a site: its address, username, application password and name. */
export type SiteForm = { name: string; url: string; username: string; applicationPassword: string };

export const EMPTY_SITE_FORM: SiteForm = {
  name: '',
  url: '',
  username: '',
  applicationPassword: '',
};

export type SiteFieldsProps = {
  form: SiteForm;
  onChange: (form: SiteForm) => void;
  /**
   * A stored site: the password is only replaced when one is typed (left empty, the stored one
   * is kept), and the name is not optional any more.
   */
  stored?: boolean;
};

/** The fields of a site, for connecting one and for changing one. */
export function SiteFields({ form, onChange, stored = false }: SiteFieldsProps) {
  const field = (name: keyof SiteForm) => ({
    name,
    value: form[name],
    onChange: (e: { target: { value: string } }) => onChange({ ...form, [name]: e.target.value }),
  });
  return (
    <>
      <label className="field">
        Site address
        <input {...field('url')} required type="url" placeholder="https://example.com" />
      </label>
      <label className="field">
        Username
        <input {...field('username')} required autoComplete="off" />
      </label>
      <label className="field">
        {stored ? 'New application password' : 'Application password'}
        {stored && <span className="muted small"> (leave empty to keep the stored one)</span>}
        <input
          {...field('applicationPassword')}
          required={!stored}
          type="password"
          autoComplete="new-password"
        />
      </label>
      <label className="field">
        Name {!stored && <span className="muted small">(optional)</span>}
        <input {...field('name')} maxLength={200} />
      </label>
    </>
  );
}
