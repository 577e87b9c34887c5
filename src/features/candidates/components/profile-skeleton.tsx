import { Skeleton } from '@/ui/skeleton.tsx'

export function ProfileSkeleton() {
  return (
    <div role="status" aria-label="Loading the profile" className="space-y-4">
      <Skeleton className="h-6 w-48" />
      <Skeleton className="h-24" />
      <Skeleton className="h-32" />
      <Skeleton className="h-40" />
    </div>
  )
}
