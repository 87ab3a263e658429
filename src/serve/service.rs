//! SPARQL `SERVICE` (federated query): refused by default, sent with ureq when the
//! server allows it (`tupu serve --allow-service`).
//!
//! An endpoint that calls any URL a query names lets whoever can reach it make requests
//! from the server's network, so the default handler refuses with a message that says
//! how to allow it. (Oxigraph's own HTTP handler is behind its `http-client` feature,
//! which tupu does not enable; this one uses the HTTP client `tupu push` already has.)

use oxigraph::model::NamedNode;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsParser, ReaderQueryResultsParserOutput};
use oxigraph::sparql::{DefaultServiceHandler, QueryEvaluationError, QuerySolutionIter};
use oxiri::Iri;
use spargebra::algebra::GraphPattern;
use std::time::Duration;

/// The message of a refused `SERVICE` call.
#[derive(Debug, thiserror::Error)]
#[error("SERVICE calls are disabled on this endpoint (the query calls {service}); start `tupu serve` with --allow-service to allow federated queries")]
pub struct ServiceRefused {
    pub service: String,
}

/// Refuses every `SERVICE` call.
pub struct Refuse;

impl DefaultServiceHandler for Refuse {
    type Error = QueryEvaluationError;

    fn handle(
        &self,
        service_name: &NamedNode,
        _pattern: &GraphPattern,
        _base_iri: Option<&Iri<String>>,
    ) -> Result<QuerySolutionIter<'static>, QueryEvaluationError> {
        Err(QueryEvaluationError::Service(Box::new(ServiceRefused { service: service_name.to_string() })))
    }
}

/// Sends the pattern to the service as a SPARQL 1.1 Protocol `SELECT *` query.
pub struct Http {
    agent: ureq::Agent,
}

impl Http {
    pub fn new(timeout: Duration) -> Self {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .http_status_as_error(false)
            .user_agent(concat!("tupu/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        Http { agent }
    }
}

fn service_error(e: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> QueryEvaluationError {
    QueryEvaluationError::Service(e.into())
}

impl DefaultServiceHandler for Http {
    type Error = QueryEvaluationError;

    fn handle(
        &self,
        service_name: &NamedNode,
        pattern: &GraphPattern,
        base_iri: Option<&Iri<String>>,
    ) -> Result<QuerySolutionIter<'static>, QueryEvaluationError> {
        let query = spargebra::Query::Select { dataset: None, pattern: pattern.clone(), base_iri: base_iri.cloned() };
        let mut response = self
            .agent
            .post(service_name.as_str())
            .header("Content-Type", "application/sparql-query")
            .header("Accept", "application/sparql-results+json, application/sparql-results+xml;q=0.9")
            .send(query.to_string())
            .map_err(|e| service_error(format!("SERVICE {service_name}: {e}")))?;
        let status = response.status();
        if !status.is_success() {
            let text = response.body_mut().read_to_string().unwrap_or_default();
            return Err(service_error(format!(
                "SERVICE {service_name} answered {status}: {}",
                text.chars().take(300).collect::<String>()
            )));
        }
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let format = QueryResultsFormat::from_media_type(&content_type).ok_or_else(|| {
            service_error(format!("SERVICE {service_name} answered with unsupported content type {content_type:?}"))
        })?;
        let reader = response.into_body().into_reader();
        let ReaderQueryResultsParserOutput::Solutions(solutions) =
            QueryResultsParser::from_format(format).for_reader(reader).map_err(service_error)?
        else {
            return Err(service_error(format!("SERVICE {service_name} answered a boolean, not solutions")));
        };
        Ok(QuerySolutionIter::new(
            solutions.variables().into(),
            solutions.map(|s| s.map_err(service_error)),
        ))
    }
}
