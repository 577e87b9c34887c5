import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, redirect, type RouteObject } from 'react-router-dom'
import { AppLoading, NotFoundState } from '@/ui/states.tsx'
import { boardLoader } from './routes/board-loader.ts'
import { RouteError } from './routes/route-error.tsx'
import { requireSession } from './session-routing.ts'
import { Shell } from './shell.tsx'

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'sign-in',
      lazy: () => import('./routes/sign-in.tsx'),
      errorElement: <RouteError />,
      hydrateFallbackElement: <AppLoading />,
    },
    {
      // Everything else needs someone signed in.
      element: <Shell />,
      loader: requireSession(queryClient),
      errorElement: <RouteError />,
      // Shown while the first route's code and data load.
      hydrateFallbackElement: <AppLoading />,
      children: [
        {
          index: true,
          lazy: async () => ({ loader: (await import('./routes/home.tsx')).loader(queryClient) }),
        },
        {
          path: 'jobs',
          lazy: async () => {
            const route = await import('./routes/jobs.tsx')
            return { Component: route.Component, loader: route.loader(queryClient) }
          },
        },
        {
          // A page of its own, not a panel over the board; the static segment outranks the
          // board's `jobs/:jobId/*` children.
          path: 'jobs/:jobId/compare',
          lazy: () => import('./routes/compare.tsx'),
        },
        // Pages of their own, not panels over the board: more specific paths outrank the
        // board's `jobs/:jobId/*` children.
        { path: 'reviews', lazy: () => import('./routes/my-reviews.tsx') },
        { path: 'jobs/:jobId/plan', lazy: () => import('./routes/plan.tsx') },
        {
          path: 'jobs/:jobId/applications/:applicationId/scorecards/:stageId',
          lazy: () => import('./routes/scorecard.tsx'),
        },
        {
          path: 'jobs/:jobId',
          loader: boardLoader(queryClient),
          lazy: async () => ({ Component: (await import('./routes/board.tsx')).Component }),
          children: [
            { index: true, loader: () => redirect('board'), element: null },
            // The board alone: no panel over it.
            { path: 'board', element: null },
            { path: 'applications/:applicationId', lazy: () => import('./routes/application.tsx') },
            { path: 'candidates/new', lazy: () => import('./routes/new-candidate.tsx') },
            { path: '*', element: <NotFoundState /> },
          ],
        },
        { path: '*', element: <NotFoundState /> },
      ],
    },
  ]
}

export const createRouter = (queryClient: QueryClient) =>
  createBrowserRouter(createRoutes(queryClient))
