import type { Job } from '@contract/jobs.ts'

// Stage ids are unique across all jobs (a stage id alone names a column), hence the prefixes.

export const SENIOR_GO_ENGINEER: Job = {
  id: 'senior-go-engineer',
  title: 'Senior Go Engineer',
  team: 'Platform',
  location: 'Remote (EU time zones)',
  employmentType: 'Full-time',
  description: [
    'You will look after a group of Go services from the first design sketch to the pager: ' +
      'shaping how they fit together (mostly microservices that talk through events), writing ' +
      'and testing the code, shipping it, and keeping it healthy once customers rely on it.',
    'Most days that means REST and gRPC APIs used by our web app and by other teams, data ' +
      'models and queries on PostgreSQL (and MongoDB where it suits the problem), and ' +
      'containers that reach Kubernetes through CI/CD pipelines we run ourselves, on cloud ' +
      'infrastructure described as code. When production is slow or broken you help find out ' +
      'why, then improve the metrics, logs and alerts so we notice sooner next time.',
    'The job is more than code. You will steer design discussions, review pull requests with ' +
      'care, coach less experienced engineers, write things down, and work side by side with ' +
      'product, DevOps and front-end colleagues.',
    'You likely have five or more years of backend work with a good share of it in Go, a ' +
      'working intuition for goroutines and channels, solid computer-science fundamentals and ' +
      'a habit of testing what you build. Stories about Kafka, Redis or distributed systems ' +
      'that misbehaved are a welcome bonus.',
  ].join('\n\n'),
  requirements: [
    { id: 'go', kind: 'must', label: 'Go (5+ yrs backend)', skills: ['go', 'golang'] },
    {
      id: 'concurrency',
      kind: 'must',
      label: 'Go concurrency',
      skills: ['goroutines', 'channels', 'concurrency'],
    },
    {
      id: 'algorithms',
      kind: 'must',
      label: 'Data structures & algorithms',
      skills: ['algorithms', 'data structures'],
    },
    {
      id: 'postgres',
      kind: 'must',
      label: 'PostgreSQL modelling & tuning',
      skills: ['postgresql', 'postgres', 'sql'],
    },
    { id: 'api-design', kind: 'must', label: 'REST or gRPC APIs', skills: ['rest', 'grpc'] },
    {
      id: 'testing',
      kind: 'must',
      label: 'Clean, tested code',
      skills: ['testing', 'unit testing', 'integration testing', 'tdd'],
    },
    {
      id: 'distributed',
      kind: 'nice',
      label: 'Distributed systems',
      skills: ['distributed systems', 'microservices', 'event-driven'],
    },
    { id: 'messaging', kind: 'nice', label: 'Kafka or RabbitMQ', skills: ['kafka', 'rabbitmq'] },
    { id: 'caching', kind: 'nice', label: 'Caching (Redis)', skills: ['redis', 'memcached'] },
    { id: 'mongodb', kind: 'nice', label: 'MongoDB', skills: ['mongodb'] },
    {
      id: 'containers',
      kind: 'nice',
      label: 'Docker, Kubernetes, IaC',
      skills: ['docker', 'kubernetes', 'terraform', 'helm'],
    },
    { id: 'cloud', kind: 'nice', label: 'AWS, GCP or Azure', skills: ['aws', 'gcp', 'azure'] },
    {
      id: 'ci-cd',
      kind: 'nice',
      label: 'CI/CD pipelines',
      skills: ['ci/cd', 'github actions', 'gitlab ci'],
    },
    {
      id: 'observability',
      kind: 'nice',
      label: 'Observability',
      skills: ['prometheus', 'grafana', 'opentelemetry'],
    },
  ],
  stages: [
    { id: 'sge-applied', name: 'Applied', kind: 'active' },
    { id: 'sge-recruiter-screen', name: 'Recruiter screen', kind: 'active' },
    { id: 'sge-go-technical', name: 'Go technical interview', kind: 'active' },
    { id: 'sge-system-design', name: 'System design', kind: 'active' },
    { id: 'sge-team-interview', name: 'Team interview', kind: 'active' },
    { id: 'sge-offer', name: 'Offer', kind: 'offer' },
    { id: 'sge-hired', name: 'Hired', kind: 'hired' },
  ],
}

export const PRODUCT_DESIGNER: Job = {
  id: 'product-designer',
  title: 'Product Designer',
  team: 'Design',
  location: 'Berlin or remote (EU time zones)',
  employmentType: 'Full-time',
  description: [
    'Recruiters spend whole days inside our product, so small design decisions add up. You ' +
      'will shape new workflows from the first sketch to the shipped screen, test them with ' +
      'the people who use them, and keep our component library coherent as it grows.',
    'You will pair closely with engineers and product managers, run research sessions, and ' +
      'bring accessibility into the work from the start rather than at the end.',
  ].join('\n\n'),
  requirements: [
    {
      id: 'interaction',
      kind: 'must',
      label: 'Interaction design & prototyping',
      skills: ['interaction design', 'prototyping', 'figma'],
    },
    {
      id: 'research',
      kind: 'must',
      label: 'User research',
      skills: ['user research', 'usability testing'],
    },
    {
      id: 'design-systems',
      kind: 'must',
      label: 'Design systems',
      skills: ['design systems', 'component libraries'],
    },
    {
      id: 'accessibility',
      kind: 'nice',
      label: 'Accessibility',
      skills: ['accessibility', 'wcag'],
    },
    { id: 'front-end', kind: 'nice', label: 'HTML & CSS', skills: ['html', 'css'] },
    { id: 'b2b-saas', kind: 'nice', label: 'B2B SaaS', skills: ['b2b', 'saas'] },
    { id: 'data-viz', kind: 'nice', label: 'Data visualisation', skills: ['data visualization'] },
  ],
  stages: [
    { id: 'pd-applied', name: 'Applied', kind: 'active' },
    { id: 'pd-portfolio-review', name: 'Portfolio review', kind: 'active' },
    { id: 'pd-design-exercise', name: 'Design exercise', kind: 'active' },
    { id: 'pd-panel', name: 'Panel', kind: 'active' },
    { id: 'pd-offer', name: 'Offer', kind: 'offer' },
    { id: 'pd-hired', name: 'Hired', kind: 'hired' },
  ],
}

/** In the order the jobs list shows them. */
export const DEMO_JOBS: Job[] = [SENIOR_GO_ENGINEER, PRODUCT_DESIGNER]
