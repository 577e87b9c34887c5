import { Skeleton } from '@/ui/skeleton.tsx'

const COLUMNS = 7
const CARDS = [5, 4, 3, 3, 2, 1, 1]

export function BoardSkeleton() {
  return (
    <div
      aria-busy="true"
      aria-label="Loading the board"
      role="status"
      className="flex flex-col gap-4 p-4"
    >
      <Skeleton className="h-10 w-96 max-w-full" />
      <div className="flex gap-3 overflow-hidden">
        {Array.from({ length: COLUMNS }, (_, column) => (
          <div
            key={column}
            className="bg-subtle flex w-72 shrink-0 flex-col gap-1.5 rounded-xl p-2"
          >
            <Skeleton className="mb-1 h-5 w-32" />
            {Array.from({ length: CARDS[column] ?? 1 }, (_, card) => (
              <Skeleton key={card} tone="surface" className="h-16" />
            ))}
          </div>
        ))}
      </div>
    </div>
  )
}
