#include "export/Mp4Writer.h"

#include <algorithm>

#include "core/LunarError.h"
#include "io/AtomicFile.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/log.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <exception>
#include <filesystem>
#include <mutex>
#include <thread>

namespace lunar::exporting {

namespace {
std::string avError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return text;
}
} // namespace

struct Mp4Writer::Impl {
    std::string path;
    std::string temp;
    int width = 0, height = 0;
    AVFormatContext* format = nullptr;
    AVCodecContext* codec = nullptr;
    AVStream* stream = nullptr;
    SwsContext* scaler = nullptr;
    AVFrame* frame = nullptr;
    AVPacket* packet = nullptr;
    std::size_t frames = 0;
    bool finished = false;
    // Encoding runs on its own thread, a frame or two behind the renderer, so the two
    // overlap; libav is only ever called from that thread (and by finish() after it).
    std::thread encoder;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<osg::ref_ptr<osg::Image>> queue;
    bool closing = false;
    std::exception_ptr failure;

    void convertAndEncode(const osg::Image& image)
    {
        check(av_frame_make_writable(frame), "cannot reuse the frame");
        // OSG images start with the bottom row: read them upward with a negative stride.
        const int stride = static_cast<int>(image.getRowStepInBytes());
        const uint8_t* rows[1] = {image.data(0, height - 1)};
        const int strides[1] = {-stride};
        sws_scale(scaler, rows, strides, 0, height, frame->data, frame->linesize);
        frame->pts = pts++;
        encode(frame);
    }

    void runEncoder()
    {
        while (true) {
            osg::ref_ptr<osg::Image> next;
            {
                std::unique_lock<std::mutex> lock(mutex);
                changed.wait(lock, [this] { return closing || !queue.empty(); });
                if (queue.empty())
                    return; // closing, all encoded
                next = queue.front();
            }
            try {
                convertAndEncode(*next);
            }
            catch (...) {
                std::lock_guard<std::mutex> lock(mutex);
                failure = std::current_exception();
                queue.clear();
                changed.notify_all();
                return;
            }
            std::lock_guard<std::mutex> lock(mutex);
            queue.pop_front();
            changed.notify_all();
        }
    }

    void stopEncoder()
    {
        {
            std::lock_guard<std::mutex> lock(mutex);
            closing = true;
        }
        changed.notify_all();
        if (encoder.joinable())
            encoder.join();
    }
    int64_t pts = 0;

    void check(int code, const std::string& what) const
    {
        if (code < 0)
            throw LunarError(path, what + ": " + avError(code));
    }

    // Sends a frame (null: flush) and writes every packet the encoder has ready.
    void encode(AVFrame* f)
    {
        check(avcodec_send_frame(codec, f), "the H.264 encoder refused a frame");
        while (true) {
            const int got = avcodec_receive_packet(codec, packet);
            if (got == AVERROR(EAGAIN) || got == AVERROR_EOF)
                return;
            check(got, "the H.264 encoder failed");
            av_packet_rescale_ts(packet, codec->time_base, stream->time_base);
            packet->stream_index = stream->index;
            check(av_interleaved_write_frame(format, packet), "cannot be written");
        }
    }

    ~Impl()
    {
        stopEncoder();
        if (format && format->pb)
            avio_closep(&format->pb);
        avformat_free_context(format);
        avcodec_free_context(&codec);
        sws_freeContext(scaler);
        av_frame_free(&frame);
        av_packet_free(&packet);
        if (!finished && !temp.empty()) {
            std::error_code ec;
            std::filesystem::remove(temp, ec);
        }
    }
};

const std::vector<std::string>& x264Presets()
{
    static const std::vector<std::string> presets = {
        "ultrafast", "superfast", "veryfast", "faster", "fast",
        "medium",    "slow",      "slower",   "veryslow"};
    return presets;
}

Mp4Writer::Mp4Writer(const std::string& path, int width, int height, double fps,
                     const Mp4Quality& quality)
    : impl_(std::make_unique<Impl>())
{
    const std::vector<std::string>& presets = x264Presets();
    if (std::find(presets.begin(), presets.end(), quality.preset) == presets.end())
        throw LunarError("--preset", "\"" + quality.preset + "\" is not an x264 preset (ultrafast .. veryslow)");
    if (quality.crf < 0 || quality.crf > 51)
        throw LunarError("--crf", std::to_string(quality.crf) + " is outside 0..51");
    Impl& m = *impl_;
    av_log_set_level(AV_LOG_ERROR); // libx264's statistics are not for the user's terminal
    m.path = path;
    m.width = width;
    m.height = height;
    requireEvenSize(width, height);
    io::requireOutputDirectory(path);
    m.temp = io::temporarySibling(path);
    m.check(avformat_alloc_output_context2(&m.format, nullptr, "mp4", m.temp.c_str()),
            "cannot start an MP4 file");
    const AVCodec* h264 = avcodec_find_encoder_by_name("libx264");
    if (!h264)
        throw LunarError(path, "libavcodec has no libx264 encoder (Debian's libavcodec59 has it)");
    m.stream = avformat_new_stream(m.format, nullptr);
    m.codec = avcodec_alloc_context3(h264);
    if (!m.stream || !m.codec)
        throw LunarError(path, "out of memory starting the encoder");
    const AVRational rate = av_d2q(fps, 100000);
    m.codec->width = width;
    m.codec->height = height;
    m.codec->framerate = rate;
    m.codec->time_base = av_inv_q(rate);
    m.codec->pix_fmt = AV_PIX_FMT_YUV420P;
    m.codec->gop_size = static_cast<int>(fps * 2.0); // a key frame every 2 s for seeking
    m.codec->colorspace = AVCOL_SPC_BT709;
    m.codec->color_primaries = AVCOL_PRI_BT709;
    m.codec->color_trc = AVCOL_TRC_BT709;
    m.codec->color_range = AVCOL_RANGE_MPEG;
    if (m.format->oformat->flags & AVFMT_GLOBALHEADER)
        m.codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    AVDictionary* options = nullptr;
    av_dict_set(&options, "crf", std::to_string(quality.crf).c_str(), 0);
    av_dict_set(&options, "preset", quality.preset.c_str(), 0);
    const int opened = avcodec_open2(m.codec, h264, &options);
    av_dict_free(&options);
    m.check(opened, "cannot open the H.264 encoder");
    m.check(avcodec_parameters_from_context(m.stream->codecpar, m.codec), "encoder parameters");
    m.stream->time_base = m.codec->time_base;
    m.stream->avg_frame_rate = rate;
    m.check(avio_open(&m.format->pb, m.temp.c_str(), AVIO_FLAG_WRITE), "cannot be created");
    m.check(avformat_write_header(m.format, nullptr), "cannot write the MP4 header");

    m.scaler = sws_getContext(width, height, AV_PIX_FMT_RGBA, width, height, AV_PIX_FMT_YUV420P,
                              SWS_BICUBIC, nullptr, nullptr, nullptr);
    if (!m.scaler)
        throw LunarError(path, "cannot set up the RGB to YUV conversion");
    // Full-range sRGB in, BT.709 limited range out (what the stream is tagged as).
    sws_setColorspaceDetails(m.scaler, sws_getCoefficients(SWS_CS_ITU709), 1,
                             sws_getCoefficients(SWS_CS_ITU709), 0, 0, 1 << 16, 1 << 16);
    m.frame = av_frame_alloc();
    m.packet = av_packet_alloc();
    if (!m.frame || !m.packet)
        throw LunarError(path, "out of memory starting the encoder");
    m.frame->format = AV_PIX_FMT_YUV420P;
    m.frame->width = width;
    m.frame->height = height;
    m.check(av_frame_get_buffer(m.frame, 0), "cannot allocate a frame");
    m.encoder = std::thread([&m] { m.runEncoder(); });
}

Mp4Writer::~Mp4Writer() = default;

void Mp4Writer::requireEvenSize(int width, int height)
{
    if (width % 2 != 0 || height % 2 != 0)
        throw LunarError("--size", std::to_string(width) + "x" + std::to_string(height) +
                                       ": an MP4 (H.264, yuv420p) needs an even width and height");
}

void Mp4Writer::write(const osg::Image& image)
{
    Impl& m = *impl_;
    if (image.s() != m.width || image.t() != m.height || image.getPixelFormat() != GL_RGBA)
        throw LunarError(m.path, "a frame is not RGBA of " + std::to_string(m.width) + "x" +
                                     std::to_string(m.height));
    osg::ref_ptr<osg::Image> copy = new osg::Image(image, osg::CopyOp::DEEP_COPY_ALL);
    std::unique_lock<std::mutex> lock(m.mutex);
    // At most two frames wait: memory stays bounded at 4K.
    m.changed.wait(lock, [&m] { return m.failure || m.queue.size() < 2; });
    if (m.failure)
        std::rethrow_exception(m.failure);
    m.queue.push_back(copy);
    ++m.frames;
    m.changed.notify_all();
}

void Mp4Writer::finish()
{
    Impl& m = *impl_;
    if (m.finished)
        return;
    m.stopEncoder(); // encodes what is queued
    if (m.failure)
        std::rethrow_exception(m.failure);
    m.encode(nullptr);
    m.check(av_write_trailer(m.format), "cannot write the MP4 index");
    m.check(avio_closep(&m.format->pb), "cannot be closed");
    std::error_code ec;
    std::filesystem::rename(m.temp, m.path, ec);
    if (ec)
        throw LunarError(m.path, "cannot be put in place: " + ec.message());
    m.finished = true;
}

std::size_t Mp4Writer::frames() const { return impl_->frames; }

} // namespace lunar::exporting
