package org.glassbox.io.parquet;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Page compression without Hadoop: parquet-java's own codec factory goes through Hadoop's
 * codec classes and {@code Configuration}; this one hands the pages to the libraries parquet-java
 * already depends on (snappy-java, zstd-jni) and to the JDK (GZIP).
 * Snappy is the default of pandas/pyarrow, Spark and parquet-java.
 */
final class LocalCodecs implements CompressionCodecFactory {
    static final LocalCodecs INSTANCE = new LocalCodecs();

    private LocalCodecs() {
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                byte[] in = bytes.toByteArray();
                return BytesInput.from(switch (codec) {
                    case UNCOMPRESSED -> in;
                    case SNAPPY -> Snappy.compress(in);
                    case ZSTD -> Zstd.compress(in, 3);
                    case GZIP -> gzip(in);
                    default -> throw new IOException("Parquet compression " + codec + " is not supported (use SNAPPY, ZSTD or GZIP)");
                });
            }

            @Override
            public CompressionCodecName getCodecName() {
                return codec;
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
                if (codec == CompressionCodecName.UNCOMPRESSED) {
                    return bytes;
                }
                return BytesInput.from(decode(codec, bytes.toByteArray(), uncompressedSize));
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize) throws IOException {
                byte[] in = new byte[compressedSize];
                input.get(in);
                output.put(codec == CompressionCodecName.UNCOMPRESSED ? in : decode(codec, in, uncompressedSize));
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public void release() {
    }

    static byte[] decode(CompressionCodecName codec, byte[] in, int size) throws IOException {
        return switch (codec) {
            case SNAPPY -> Snappy.uncompress(in);
            case ZSTD -> Zstd.decompress(in, size);
            case GZIP -> {
                try (GZIPInputStream z = new GZIPInputStream(new ByteArrayInputStream(in))) {
                    yield z.readNBytes(size);
                }
            }
            default -> throw new IOException("Parquet compression " + codec + " is not supported (SNAPPY, ZSTD and GZIP are)");
        };
    }

    private static byte[] gzip(byte[] in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(in.length / 2 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(in);
        }
        return b.toByteArray();
    }
}
