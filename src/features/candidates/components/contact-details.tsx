import type { Candidate } from '@contract/candidates.ts'

/** Email, phone, location and links; the API leaves them out (email null) for some roles. */
export function ContactDetails({ candidate }: { candidate: Candidate }) {
  if (candidate.email === null) {
    return <p className="text-muted">Contact details are hidden for your role.</p>
  }
  const links = Object.entries(candidate.links).filter((entry): entry is [string, string] =>
    Boolean(entry[1]),
  )
  return (
    <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1">
      <dt className="text-muted">Email</dt>
      <dd>
        <a className="text-brand-strong underline" href={`mailto:${candidate.email}`}>
          {candidate.email}
        </a>
      </dd>
      <dt className="text-muted">Phone</dt>
      <dd>{candidate.phone ?? 'Not given'}</dd>
      <dt className="text-muted">Location</dt>
      <dd>{candidate.location ?? 'Not given'}</dd>
      <dt className="text-muted">Links</dt>
      <dd className="flex flex-wrap gap-x-3">
        {links.length === 0 && 'None'}
        {links.map(([kind, url]) => (
          <a
            key={kind}
            className="text-brand-strong capitalize underline"
            href={url}
            target="_blank"
            rel="noreferrer noopener"
          >
            {kind}
          </a>
        ))}
      </dd>
    </dl>
  )
}
