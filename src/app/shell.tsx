import { Link, Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom'
import { ResetDemoButton } from '@/features/demo/components/reset-demo-button.tsx'
import { useLiveUpdates } from '@/features/live/use-live-updates.ts'
import { MyReviewsNavLink } from '@/features/reviews/components/my-reviews-nav-link.tsx'
import { NotificationsButton } from '@/features/notes/components/notifications-button.tsx'
import { useSession } from '@/features/session/api/get-session.ts'
import { UserMenu } from '@/features/session/components/user-menu.tsx'
import { apiMode } from '@/lib/api-mode.ts'
import { LiveRegion } from '@/ui/live-region.tsx'
import { Toaster } from '@/ui/toast.tsx'
import { paths } from './paths.ts'

const navClass = (isActive: boolean) =>
  isActive ? 'text-brand-strong text-sm font-medium' : 'text-muted hover:text-ink text-sm'

export function Shell() {
  const session = useSession()
  const location = useLocation()
  const navigate = useNavigate()
  useLiveUpdates(apiMode, session?.user.id)
  // The loader let us in; this catches a session found ended later (e.g. by the event stream).
  if (session === null) {
    return <Navigate to={paths.signIn(location.pathname + location.search)} replace />
  }

  return (
    <div className="flex h-dvh flex-col">
      <a
        href="#main"
        className="focus:bg-surface sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:p-2"
      >
        Skip to content
      </a>
      <header className="border-line bg-surface flex h-11 shrink-0 items-center gap-6 border-b px-4">
        <Link to="/" className="flex items-center gap-2 font-semibold">
          <img src="/favicon.svg" alt="" className="size-5" />
          Hirelane
        </Link>
        <nav aria-label="Main" className="flex items-center gap-4">
          <NavLink to="/jobs" end className={({ isActive }) => navClass(isActive)}>
            Openings
          </NavLink>
          <MyReviewsNavLink to={paths.myReviews()} className={navClass} />
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          {apiMode === 'mock' && <ResetDemoButton />}
          <NotificationsButton
            linkTo={(item) => paths.application(item.jobId, item.applicationId)}
          />
          <UserMenu onSignedOut={() => navigate(paths.signIn())} />
        </div>
      </header>
      <main id="main" className="min-h-0 flex-1 overflow-auto">
        <Outlet />
      </main>
      <Toaster />
      <LiveRegion />
    </div>
  )
}
