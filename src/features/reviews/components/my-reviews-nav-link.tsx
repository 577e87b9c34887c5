import { NavLink } from 'react-router-dom'
import { useOwedCount } from '../api/get-my-reviews.ts'

/** "My reviews" in the header, with how many scorecards the user owes. */
export function MyReviewsNavLink({
  to,
  className,
}: {
  to: string
  className: (active: boolean) => string
}) {
  const owed = useOwedCount()
  return (
    <NavLink
      to={to}
      className={({ isActive }) => className(isActive)}
      aria-label={owed ? `My reviews, ${owed} owed` : undefined}
    >
      My reviews
      {owed ? (
        <span
          aria-hidden
          className="bg-brand ml-1.5 inline-flex min-w-5 justify-center rounded-full px-1.5 text-xs font-semibold text-white tabular-nums"
        >
          {owed}
        </span>
      ) : null}
    </NavLink>
  )
}
