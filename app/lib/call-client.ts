/**
 * The browser side of a 1:1 video call: one RTCPeerConnection, signalled through the case's
 * authenticated channel (an EventSource to receive, form POSTs with the CSRF token to send).
 * The counselor makes the offers and the member answers, so the two never offer at once; every
 * offer has a generation number that its answer and ICE candidates carry, and anything from an
 * older generation is dropped (a rejoin, a reconnect, or both joining at the same moment).
 * Media goes peer to peer (or through the configured TURN relay); nothing passes the app server.
 */
export type CallState = 'idle' | 'waiting' | 'new' | 'connecting' | 'connected' | 'disconnected' | 'failed' | 'closed' | 'ended'

export interface CallOptions {
  role: 'member' | 'counselor'
  signalUrl: string
  csrf: string
  iceServers: RTCIceServer[]
  /** Only relayed candidates (CALL_RELAY_ONLY): the other side never sees this device's address. */
  relayOnly: boolean
  onState: (state: CallState) => void
  onRemoteStream: (stream: MediaStream | null) => void
  onOtherAudioOnly: (audioOnly: boolean) => void
}

interface Signal {
  kind: string
  data: string
}

const RETRY_AFTER_FAILURE_MS = 2_000

export class CallEngine {
  private pc: RTCPeerConnection | null = null
  private videoSender: RTCRtpSender | null = null
  private events: EventSource | null = null
  private generation = 0
  private pending: { gen: number; candidate: RTCIceCandidateInit }[] = []
  private outbox: Promise<unknown> = Promise.resolve()
  private inbox: Promise<unknown> = Promise.resolve()
  private audioOnly = false
  private ended = false

  constructor(
    private options: CallOptions,
    private local: MediaStream,
  ) {}

  /** Opens the signalling stream; each (re)connection of it announces this side again. */
  start() {
    const events = new EventSource(this.options.signalUrl)
    this.events = events
    events.addEventListener('ready', () => {
      if (this.ended) return
      if (!this.pc || this.pc.connectionState !== 'connected') this.options.onState('waiting')
      this.send('join')
    })
    events.addEventListener('signal', (event) => {
      const signal = JSON.parse((event as MessageEvent<string>).data) as Signal
      // One at a time, in arrival order: an answer is never applied before its offer was made.
      this.inbox = this.inbox.then(() => this.receive(signal)).catch(() => {})
    })
  }

  /** Stops or resumes sending video (the camera stays reserved, the bandwidth is freed). */
  async setAudioOnly(on: boolean) {
    this.audioOnly = on
    const video = this.local.getVideoTracks()[0]
    if (video) video.enabled = !on
    await this.videoSender?.replaceTrack(on ? null : (video ?? null)).catch(() => {})
    this.send('media', on ? 'audio' : 'video')
  }

  /** Leaves the call: tells the other side, closes the connection, releases camera and microphone. */
  hangUp() {
    if (this.ended) return
    this.ended = true
    this.send('bye', '', true)
    this.closePeer()
    this.events?.close()
    for (const track of this.local.getTracks()) track.stop()
    this.options.onRemoteStream(null)
    this.options.onState('ended')
  }

  private send(kind: string, data = '', keepalive = false) {
    const body = new FormData()
    body.set('csrf', this.options.csrf)
    body.set('kind', kind)
    body.set('data', data)
    // In order: the other side gets an offer before the candidates that belong to it.
    this.outbox = this.outbox.then(() => fetch(this.options.signalUrl, { method: 'POST', body, credentials: 'same-origin', keepalive }).catch(() => undefined))
    return this.outbox
  }

  private async receive(signal: Signal) {
    if (this.ended) return
    const counselor = this.options.role === 'counselor'
    switch (signal.kind) {
      case 'join':
        // The other side arrived (or came back): the counselor offers, the member says it is here.
        if (counselor) await this.offer()
        else this.send('ready')
        break
      case 'ready':
        if (counselor) await this.offer()
        break
      case 'offer': {
        if (counselor) return
        const { gen, sdp } = JSON.parse(signal.data) as { gen: number; sdp: string }
        if (gen < this.generation) return
        this.generation = gen
        const pc = this.peer()
        await pc.setRemoteDescription({ type: 'offer', sdp })
        await this.flushCandidates()
        await pc.setLocalDescription(await pc.createAnswer())
        this.send('answer', JSON.stringify({ gen, sdp: pc.localDescription!.sdp }))
        if (this.audioOnly) this.send('media', 'audio')
        break
      }
      case 'answer': {
        const { gen, sdp } = JSON.parse(signal.data) as { gen: number; sdp: string }
        if (!counselor || !this.pc || gen !== this.generation || this.pc.signalingState !== 'have-local-offer') return
        await this.pc.setRemoteDescription({ type: 'answer', sdp })
        await this.flushCandidates()
        break
      }
      case 'ice': {
        const { gen, candidate } = JSON.parse(signal.data) as { gen: number; candidate: RTCIceCandidateInit }
        if (gen < this.generation) return
        if (this.pc?.remoteDescription && gen === this.generation) await this.pc.addIceCandidate(candidate).catch(() => {})
        else this.pending.push({ gen, candidate })
        break
      }
      case 'media':
        this.options.onOtherAudioOnly(signal.data === 'audio')
        break
      case 'bye':
        this.closePeer()
        this.options.onRemoteStream(null)
        this.options.onOtherAudioOnly(false)
        this.options.onState('waiting')
        break
    }
  }

  private async offer() {
    this.generation += 1
    const gen = this.generation
    const pc = this.peer()
    await pc.setLocalDescription(await pc.createOffer())
    if (this.pc !== pc) return
    this.send('offer', JSON.stringify({ gen, sdp: pc.localDescription!.sdp }))
    if (this.audioOnly) this.send('media', 'audio')
  }

  private async flushCandidates() {
    const due = this.pending.filter((p) => p.gen === this.generation)
    this.pending = this.pending.filter((p) => p.gen > this.generation)
    for (const p of due) await this.pc?.addIceCandidate(p.candidate).catch(() => {})
  }

  /** A fresh connection for a new offer (the previous one, if any, is closed). */
  private peer() {
    this.closePeer()
    const pc = new RTCPeerConnection({ iceServers: this.options.iceServers, iceTransportPolicy: this.options.relayOnly ? 'relay' : 'all' })
    this.pc = pc
    const gen = this.generation
    for (const track of this.local.getTracks()) {
      const sender = pc.addTrack(track, this.local)
      if (track.kind === 'video') this.videoSender = sender
    }
    if (this.audioOnly) void this.videoSender?.replaceTrack(null).catch(() => {})
    pc.onicecandidate = (event) => {
      if (event.candidate && this.pc === pc) this.send('ice', JSON.stringify({ gen, candidate: event.candidate.toJSON() }))
    }
    pc.ontrack = (event) => {
      if (this.pc === pc) this.options.onRemoteStream(event.streams[0] ?? new MediaStream([event.track]))
    }
    pc.onconnectionstatechange = () => {
      if (this.pc !== pc || this.ended) return
      this.options.onState(pc.connectionState)
      // A failed path (a network change, a blocked relay): the counselor starts over once more.
      if (pc.connectionState === 'failed' && this.options.role === 'counselor') {
        setTimeout(() => {
          if (this.pc === pc && !this.ended) this.inbox = this.inbox.then(() => this.offer()).catch(() => {})
        }, RETRY_AFTER_FAILURE_MS)
      }
    }
    return pc
  }

  private closePeer() {
    const pc = this.pc
    this.pc = null
    this.videoSender = null
    if (pc) {
      pc.onicecandidate = null
      pc.ontrack = null
      pc.onconnectionstatechange = null
      pc.close()
    }
  }

  /** The current connection's state (what the browser test reads). */
  get connectionState(): RTCPeerConnectionState | null {
    return this.pc?.connectionState ?? null
  }
}
