import { useState } from 'react'
import { Button } from '@/ui/button.tsx'
import { Dialog } from '@/ui/dialog.tsx'
import { toast } from '@/ui/toast.tsx'
import { useResetDemo } from '../api/reset-demo.ts'

export function ResetDemoButton() {
  const [confirming, setConfirming] = useState(false)
  const reset = useResetDemo()
  return (
    <>
      <Button size="sm" variant="ghost" onClick={() => setConfirming(true)}>
        Reset demo data
      </Button>
      {confirming && (
        <Dialog title="Reset demo data?" onClose={() => setConfirming(false)}>
          <p className="text-sm">
            Every change made in this browser goes, and the demo candidates come back as seeded.
          </p>
          <div className="mt-4 flex justify-end gap-2">
            <Button onClick={() => setConfirming(false)}>Cancel</Button>
            <Button
              variant="danger"
              disabled={reset.isPending}
              onClick={() =>
                reset.mutate(undefined, {
                  onSuccess: () => {
                    setConfirming(false)
                    toast({ title: 'Demo data reset' })
                  },
                  onError: (error) =>
                    toast({ title: 'Could not reset', description: error.message, tone: 'error' }),
                })
              }
            >
              Reset
            </Button>
          </div>
        </Dialog>
      )}
    </>
  )
}
