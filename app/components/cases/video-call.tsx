import { Link } from '@remix-run/react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAuthenticityToken } from 'remix-utils/csrf/react'
import { useHydrated } from 'remix-utils/use-hydrated'
import { CallEngine, type CallState } from '~/lib/call-client'

interface VideoCallProps {
  role: 'member' | 'counselor'
  signalUrl: string
  chatUrl: string
  iceServers: RTCIceServer[]
  relayOnly: boolean
}

/**
 * The call itself: camera and microphone only after the person presses start, an audio-only
 * switch for weak connections, the case chat one link away, and hanging up on leaving the page.
 * Without JavaScript the page says so and offers the chat instead.
 */
export function VideoCall({ role, signalUrl, chatUrl, iceServers, relayOnly }: VideoCallProps) {
  const { t } = useTranslation()
  const csrf = useAuthenticityToken()
  const hydrated = useHydrated()
  const [state, setState] = useState<CallState>('idle')
  const [hasVideo, setHasVideo] = useState(false)
  const [audioOnly, setAudioOnly] = useState(false)
  const [otherAudioOnly, setOtherAudioOnly] = useState(false)
  const [mediaError, setMediaError] = useState(false)
  const localVideo = useRef<HTMLVideoElement>(null)
  const remoteVideo = useRef<HTMLVideoElement>(null)
  const engine = useRef<CallEngine | null>(null)

  useEffect(() => {
    const leave = () => engine.current?.hangUp()
    window.addEventListener('pagehide', leave)
    return () => {
      window.removeEventListener('pagehide', leave)
      leave()
    }
  }, [])

  async function start(withVideo: boolean) {
    setMediaError(false)
    let stream: MediaStream
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: withVideo })
    } catch {
      try {
        // No camera (or it was refused): the call still works with the microphone.
        stream = await navigator.mediaDevices.getUserMedia({ audio: true })
      } catch {
        setMediaError(true)
        return
      }
    }
    if (localVideo.current) localVideo.current.srcObject = stream
    setHasVideo(stream.getVideoTracks().length > 0)
    setAudioOnly(false)
    const call = new CallEngine(
      {
        role,
        signalUrl,
        csrf,
        iceServers,
        relayOnly,
        onState: setState,
        onRemoteStream: (remote) => {
          if (remoteVideo.current) remoteVideo.current.srcObject = remote
        },
        onOtherAudioOnly: setOtherAudioOnly,
      },
      stream,
    )
    engine.current = call
    call.start()
  }

  function hangUp() {
    engine.current?.hangUp()
    engine.current = null
    if (localVideo.current) localVideo.current.srcObject = null
  }

  async function toggleAudioOnly() {
    const next = !audioOnly
    setAudioOnly(next)
    await engine.current?.setAudioOnly(next)
  }

  const inCall = state !== 'idle' && state !== 'ended'
  const weak = state === 'disconnected' || state === 'failed'
  return (
    <div className="video-call">
      <p className="call-status" role="status" aria-live="polite" data-state={state}>
        <span className="visually-hidden">{`${t('cases.callStatus')}: `}</span>
        {t(`cases.callState_${state}`)}
      </p>
      {mediaError ? (
        <p className="form-error" role="alert">
          {t('cases.callMediaError')}
        </p>
      ) : null}
      <div className="call-videos">
        <video ref={remoteVideo} className="call-remote" autoPlay playsInline aria-label={t('cases.callOtherVideo')} />
        <video ref={localVideo} className="call-local" autoPlay playsInline muted aria-label={t('cases.callYou')} />
      </div>
      {otherAudioOnly ? <p className="muted">{t('cases.callOtherAudioOnly')}</p> : null}
      {hydrated ? (
        <div className="button-row">
          {!inCall ? (
            <>
              <button type="button" className="button" onClick={() => void start(true)}>
                {t('cases.callStart')}
              </button>
              <button type="button" className="button button-secondary" onClick={() => void start(false)}>
                {t('cases.callStartAudio')}
              </button>
            </>
          ) : (
            <>
              {hasVideo ? (
                <button type="button" className="button button-secondary" aria-pressed={audioOnly} onClick={() => void toggleAudioOnly()}>
                  {t('cases.callAudioOnly')}
                </button>
              ) : null}
              <button type="button" className="button" onClick={hangUp}>
                {t('cases.callHangUp')}
              </button>
            </>
          )}
        </div>
      ) : (
        <p className="notice">{t('cases.callNeedsJs')}</p>
      )}
      <p className={weak ? 'notice' : undefined}>
        <Link to={chatUrl}>{t('cases.callChatFallback')}</Link>
      </p>
    </div>
  )
}
