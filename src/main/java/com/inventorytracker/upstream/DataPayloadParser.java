package com.inventorytracker.upstream;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.inventorytracker.catalog.Availability;

/**
 * Reads the {@code INSTOCKVALUE} of a {@code DATAPAYLOAD}, the small XML document inside
 * each availability row. Anything unreadable is {@link Availability#UNKNOWN} for that
 * row, never a failed fetch. Not thread-safe: use one instance per response body. The
 * payloads of one body are a handful of distinct strings, so each distinct one is parsed
 * once.
 */
final class DataPayloadParser {

	private static final String VALUE_ELEMENT = "INSTOCKVALUE";

	private final XMLInputFactory factory = newSecureFactory();

	private final Map<String, Availability> parsed = new HashMap<>();

	Availability availability(String payload) {
		if (payload == null) {
			return Availability.UNKNOWN;
		}
		return parsed.computeIfAbsent(payload, this::parse);
	}

	private Availability parse(String payload) {
		XMLStreamReader reader = null;
		try {
			reader = factory.createXMLStreamReader(new StringReader(payload));
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT && VALUE_ELEMENT.equals(reader.getLocalName())) {
					return Availability.fromUpstream(reader.getElementText());
				}
			}
			return Availability.UNKNOWN;
		}
		catch (XMLStreamException | RuntimeException ex) {
			return Availability.UNKNOWN;
		}
		finally {
			close(reader);
		}
	}

	/**
	 * The JDK's own StAX parser, with DTDs and external entities off: the payload comes
	 * from outside.
	 */
	private static XMLInputFactory newSecureFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}

	private static void close(XMLStreamReader reader) {
		if (reader != null) {
			try {
				reader.close();
			}
			catch (XMLStreamException ex) {
				// nothing is held open for a string source
			}
		}
	}

}
