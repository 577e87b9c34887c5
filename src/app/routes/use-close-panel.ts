import { useLocation, useNavigate, useParams } from 'react-router-dom'
import { paths } from '../paths.ts'

/** Closing a panel goes back when the board opened it, else to the board (deep links). */
export function useClosePanel() {
  const navigate = useNavigate()
  const location = useLocation()
  const { jobId = '' } = useParams()
  const cameFromBoard = (location.state as { fromBoard?: boolean } | null)?.fromBoard
  return () =>
    cameFromBoard ? navigate(-1) : navigate(paths.board(jobId) + location.search, { replace: true })
}
