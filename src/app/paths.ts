/** The SPA's addresses, built in one place. */
export const paths = {
  jobs: () => '/jobs',
  board: (jobId: string) => `/jobs/${encodeURIComponent(jobId)}/board`,
  application: (jobId: string, applicationId: string) =>
    `/jobs/${encodeURIComponent(jobId)}/applications/${encodeURIComponent(applicationId)}`,
  newCandidate: (jobId: string) => `/jobs/${encodeURIComponent(jobId)}/candidates/new`,
}
