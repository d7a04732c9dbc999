-- The production table, as far as the dataset reads it. The embedded demo database is created from this.
CREATE TABLE "bazaar-vid_templates" (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  tsx_code text,
  updated_at timestamptz NOT NULL
);
